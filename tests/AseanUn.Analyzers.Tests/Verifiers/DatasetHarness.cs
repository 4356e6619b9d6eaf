using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// What a dataset fragment compiles with besides the real library: the library's own authoring attributes (so the
/// contributor rules switch on, as in the library), its source-document records, a <c>Cite</c> like the library's,
/// and the statement model's types where the library does not have them yet (<see cref="StatementModelStub"/>).
/// </summary>
internal static class DatasetHarness
{
    // Harness files sort before the fragment (Test0.cs), so a duplicate of a harness id is reported in the fragment.
    public const string FilePrefix = "/0/Harness/";

    private const string ResourcePrefix = "Harness.";

    public const string Usings = """
        using AseanUn;
        using AseanUn.Authoring;
        using AseanUn.Data;
        using AseanUn.Dates;
        using AseanUn.Model;
        using NodaTime;

        """;

    private const string Cite = """
        using System.Linq;
        using AseanUn.Collections;
        using AseanUn.Model;

        namespace AseanUn.Data;

        internal static class Cite
        {
            public const string Report = "overview-2017";

            public static EquatableArray<Citation> Paragraphs(params int[] paragraphs) =>
                EquatableArray.From(paragraphs.Select(p => new Citation(Report, p)));
        }
        """;

    /// <summary>Gets the line (1-based) of the first harness line that contains <paramref name="text"/>, and its file name.</summary>
    public static (string File, int Line) Find(string text)
    {
        foreach (var (name, source) in Sources())
        {
            var lines = source.Split('\n');
            var index = System.Array.FindIndex(lines, l => l.Contains(text, System.StringComparison.Ordinal));
            if (index >= 0)
            {
                return (name.Substring(FilePrefix.Length), index + 1);
            }
        }

        throw new System.InvalidOperationException($"No harness file contains '{text}'.");
    }

    /// <summary>Gets the harness files as (name, text) pairs.</summary>
    public static IEnumerable<(string Name, string Text)> Sources()
    {
        var assembly = typeof(DatasetHarness).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, System.StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (FilePrefix + name.Substring(ResourcePrefix.Length), reader.ReadToEnd());
        }

        yield return (FilePrefix + "Cite.cs", Cite);
        if (StatementModelStub.IsNeeded)
        {
            yield return (FilePrefix + StatementModelStub.FileName, StatementModelStub.Source);
        }
    }
}
