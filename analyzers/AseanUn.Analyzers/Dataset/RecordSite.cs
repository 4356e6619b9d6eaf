using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>A constant id written in the dataset source: a record's own id, or a reference to one.</summary>
internal sealed class RecordSite(string value, Location location, ITypeSymbol? recordType, ImmutableArray<string> targets)
{
    public string Value { get; } = value;

    public Location Location { get; } = location;

    /// <summary>Gets the type of the record the id belongs to, where it is known.</summary>
    public ITypeSymbol? RecordType { get; } = recordType;

    /// <summary>Gets, for a reference, the full names of the record types it may name (empty: any).</summary>
    public ImmutableArray<string> Targets { get; } = targets;

    /// <summary>Orders sites as they stand in the source: by file, then by position.</summary>
    public static int CompareBySourceOrder(RecordSite a, RecordSite b)
    {
        var byFile = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
        return byFile != 0 ? byFile : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
    }

    /// <summary>Describes where the site stands, for messages: <c>Pillars.cs line 9</c>.</summary>
    public string DescribeLocation() => Describe(Location);

    /// <summary>Describes where a location stands, for messages: <c>Pillars.cs line 9</c>.</summary>
    public static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        var path = span.Path ?? string.Empty;
        var slash = path.LastIndexOfAny(['/', '\\']);
        return path.Substring(slash + 1) + " line " + (span.StartLinePosition.Line + 1);
    }
}
