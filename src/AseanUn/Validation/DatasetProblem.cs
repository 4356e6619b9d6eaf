using System.Collections.Generic;
using System.Text;
using AseanUn.Collections;
using AseanUn.Rules;

namespace AseanUn.Validation;

/// <summary>
/// One problem found in a dataset, the one shape every check reports in — the validator, the JSON importer, a merge's
/// updates and layer checks, and the data compiler: what is wrong (<see cref="Kind"/>, <see cref="Code"/>,
/// <see cref="Message"/>), how serious it is (<see cref="Severity"/>), and exactly where, in the file
/// (<see cref="DocumentName"/>, <see cref="Line"/>, <see cref="Column"/>) and in the JSON (<see cref="Path"/>).
/// </summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Path">
/// The JSON path of the offending value in the interchange format, e.g. <c>$.records.events[3].actionLineCodes[1]</c>.
/// For a dataset built in code, the path the value would have in its JSON export. Property names are given exactly as the
/// document writes them, however long and whatever characters they hold, so the path can be matched on; only
/// <see cref="Message"/> quotes values cut short and escaped.
/// </param>
/// <param name="Line">The 1-based line of the offending value in the JSON document, or <see langword="null"/> for a dataset built in code.</param>
/// <param name="Column">
/// The 1-based column (counted in UTF-16 code units, as editors count) of the offending value, or <see langword="null"/>
/// for a dataset built in code.
/// </param>
/// <param name="Message">A plain sentence saying what is wrong.</param>
public sealed record DatasetProblem(DatasetProblemKind Kind, string Path, int? Line, int? Column, string Message)
{
    /// <summary>Gets the name of the document the problem is in (e.g. a file path), if it was given one.</summary>
    public string? DocumentName { get; init; }

    /// <summary>Gets how serious the problem is; <see cref="ProblemSeverity.Error"/> unless it says otherwise.</summary>
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;

    /// <summary>
    /// Gets the problem's code: the name of its <see cref="Kind"/> (e.g. <c>DanglingReference</c>), stable across
    /// versions, as the data compiler prints it in a build error.
    /// </summary>
    public string Code => Kind.ToString();

    /// <summary>
    /// Formats the problem as <c>document(line,column): path: message</c>, leaving out what is unknown; the path's hidden
    /// characters are escaped (<see cref="ReadableText.Escape"/>) as the message's are, since this is text to read.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (DocumentName is not null)
        {
            text.Append(DocumentName);
        }

        if (Line is { } line && Column is { } column)
        {
            text.Append('(').Append(line).Append(',').Append(column).Append(')');
        }

        if (text.Length > 0)
        {
            text.Append(": ");
        }

        return text.Append(ReadableText.Escape(Path)).Append(": ").Append(Message).ToString();
    }

    /// <summary>Sorts problems into document order (stable: problems at one position keep the order they were found in).</summary>
    internal static EquatableArray<DatasetProblem> InDocumentOrder(List<DatasetProblem> problems)
    {
        var ordered = new List<(DatasetProblem Problem, int Order)>(problems.Count);
        for (var i = 0; i < problems.Count; i++)
        {
            ordered.Add((problems[i], i));
        }

        ordered.Sort(static (a, b) =>
        {
            var result = (a.Problem.Line ?? int.MaxValue).CompareTo(b.Problem.Line ?? int.MaxValue);
            if (result == 0) result = (a.Problem.Column ?? int.MaxValue).CompareTo(b.Problem.Column ?? int.MaxValue);
            return result != 0 ? result : a.Order.CompareTo(b.Order);
        });
        return EquatableArray.TakeOwnership(ordered.ConvertAll(static p => p.Problem).ToArray());
    }
}
