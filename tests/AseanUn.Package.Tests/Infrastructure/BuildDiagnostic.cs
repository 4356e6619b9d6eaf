using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>One diagnostic as MSBuild prints it: <c>path(line,column): error ID: message [project]</c>.</summary>
/// <param name="File">The full path of the file.</param>
/// <param name="Line">The one-based line.</param>
/// <param name="Column">The one-based column.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Id">The diagnostic id, e.g. <c>AUN0001</c> or <c>IL2026</c>.</param>
/// <param name="Message">The message.</param>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>Returns each distinct diagnostic in <paramref name="output"/> (MSBuild repeats errors in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        Pattern().Matches(output)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Za-z]+\d+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
