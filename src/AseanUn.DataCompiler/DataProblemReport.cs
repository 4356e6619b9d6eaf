using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.DataCompiler;

/// <summary>
/// Turns the validator's problems with the built-in dataset into build errors in MSBuild's canonical form
/// (<see cref="ProblemLine"/>), <c>file(line,column): error InvalidId: message (at path in the JSON export)</c>, at the
/// C# source of the offending value, so that the build names the line to fix once and an editor can jump to it.
/// </summary>
internal static partial class DataProblemReport
{
    /// <summary>The code of the data compiler's own failures; a problem in the data carries its own (<see cref="DatasetProblem.Code"/>).</summary>
    public const string Code = "AUNDATA";

    /// <summary>Formats one error line per problem, in the order given.</summary>
    /// <param name="problems">The problems found in <paramref name="records"/>.</param>
    /// <param name="records">The records validated, in the order they were given to the dataset.</param>
    /// <param name="source">Where those records are written.</param>
    public static List<string> Lines(IEnumerable<DatasetProblem> problems, IReadOnlyList<PartnershipRecord> records, DataSourceMap source)
    {
        var groups = new Dictionary<string, List<PartnershipRecord>>();
        foreach (var record in records)
        {
            var name = RecordTypes.All[RecordTypes.IndexOf(record)].GroupName;
            if (!groups.TryGetValue(name, out var group))
            {
                groups.Add(name, group = []);
            }

            group.Add(record);
        }

        var lines = new List<string>();
        foreach (var problem in problems)
        {
            var origin = Locate(problem.Path, records, groups, source) is { } span
                ? ProblemLine.Origin(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
                : null;
            lines.Add(ProblemLine.Of(origin, problem, " in the JSON export"));
        }

        return lines;
    }

    private static Microsoft.CodeAnalysis.FileLinePositionSpan? Locate(string path, IReadOnlyList<PartnershipRecord> records, Dictionary<string, List<PartnershipRecord>> groups, DataSourceMap source)
    {
        var match = ProblemPath().Match(path);
        if (!match.Success
            || !groups.TryGetValue(match.Groups["group"].Value, out var group)
            || int.Parse(match.Groups["record"].Value, CultureInfo.InvariantCulture) is var at && at >= group.Count)
        {
            return null;
        }

        // A duplicated id is defined more than once: the n-th record with the id is the n-th definition.
        var record = group[at];
        var occurrence = 0;
        for (var i = 0; !ReferenceEquals(records[i], record); i++)
        {
            occurrence += records[i].Id == record.Id ? 1 : 0;
        }

        var property = match.Groups["property"].Success ? match.Groups["property"].Value : null;
        var index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : -1;
        return source.Find(record.Id, occurrence, property, index);
    }

    [GeneratedRegex(@"^\$\.records\.(?<group>\w+)\[(?<record>\d+)\](?:\.(?<property>\w+)(?:\[(?<index>\d+)\])?)?")]
    private static partial Regex ProblemPath();
}
