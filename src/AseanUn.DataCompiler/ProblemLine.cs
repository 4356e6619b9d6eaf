using AseanUn.Rules;
using AseanUn.Validation;

namespace AseanUn.DataCompiler;

/// <summary>
/// Formats a <see cref="DatasetProblem"/> as a line in MSBuild's canonical form,
/// <c>origin: severity code: message (at path)</c>, which the build logs as the error or warning it is and an editor
/// jumps to: the severity is <c>error</c> or <c>warning</c>, the code the problem's <see cref="DatasetProblem.Code"/>.
/// </summary>
internal static class ProblemLine
{
    /// <summary>Formats <paramref name="problem"/> at <paramref name="origin"/> (<c>file(line,column)</c>, <c>file</c>, or <see langword="null"/> when unknown).</summary>
    /// <param name="origin">Where the build should point.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="pathContext">What the JSON path is a path in, when that needs saying (e.g. <c> in the JSON export</c>).</param>
    public static string Of(string? origin, DatasetProblem problem, string pathContext = "")
    {
        var severity = problem.Severity == ProblemSeverity.Warning ? "warning" : "error";
        var prefix = origin is null ? "" : origin + ": ";
        return $"{prefix}{severity} {problem.Code}: {problem.Message} (at {ReadableText.Escape(problem.Path)}{pathContext})";
    }

    /// <summary>Gives the origin <c>file(line,column)</c>, or just <c>file</c> without a position.</summary>
    public static string Origin(string file, int? line, int? column) =>
        line is { } l && column is { } c ? $"{file}({l},{c})" : file;
}
