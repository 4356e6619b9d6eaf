using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>The marker attributes used in odd but legal places: valid codes give no diagnostic, unknown ones no exception.</summary>
public sealed class MarkerUsageTests(ITestOutputHelper output)
{
    private static readonly string[] UnknownCodeRules = ["AUN0001", "AUN0002", "AUN0003", "AUN0004"];

    // A delegate's parameters carry no markers, so codes passed through one reach no marked place.
    private const string ThroughDelegatesOnly = "lambdas and delegates";

    public static TheoryData<string> Usages() => [.. MarkerUsages.Templates.Keys];

    [Theory]
    [MemberData(nameof(Usages))]
    public void Valid_codes_in_odd_places_compile_and_get_no_diagnostic(string usage)
    {
        var (outcome, errors) = Run(usage, MarkerUsages.Valid);

        Assert.Empty(errors);
        Assert.True(outcome.IsClean, outcome.Describe());
        Assert.Empty(outcome.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Usages))]
    public void Unknown_codes_in_odd_places_are_reported_as_unknown_and_make_no_analyzer_throw(string usage)
    {
        var (outcome, errors) = Run(usage, MarkerUsages.Unknown);

        Assert.Empty(errors);
        Assert.True(outcome.IsClean, outcome.Describe());
        output.WriteLine(outcome.Describe());
        Assert.All(outcome.Diagnostics, d => Assert.Contains(d.Id, UnknownCodeRules));
        Assert.Equal(usage != ThroughDelegatesOnly, outcome.Diagnostics.Any());
    }

    private static (AnalysisOutcome Outcome, IReadOnlyList<Diagnostic> Errors) Run(string usage, IReadOnlyDictionary<string, string> codes)
    {
        var (template, isProgram) = MarkerUsages.Templates[usage];
        var compilation = AnalyzerHarness.Compile(
            [AnalyzerHarness.Parse(MarkerUsages.Fill(template, codes))],
            AnalyzerHarness.AseanUnLibrary,
            isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (AnalyzerHarness.Analyze(compilation), errors);
    }
}
