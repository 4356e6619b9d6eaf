namespace AseanUn.Explorer.Json;

/// <summary>One problem in the output of <c>validate --json</c>.</summary>
/// <param name="Kind">The kind of problem, camel-case (<c>danglingReference</c>).</param>
/// <param name="Severity">How serious it is, camel-case: <c>error</c> or <c>warning</c>.</param>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Line">Its 1-based line, when known.</param>
/// <param name="Column">Its 1-based column, when known.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ProblemItem(string Kind, string Severity, string Path, int? Line, int? Column, string Message);
