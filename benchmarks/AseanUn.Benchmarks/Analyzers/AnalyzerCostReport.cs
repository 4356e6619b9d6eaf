using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// The analyzer-cost rows of the performance targets, measured with Roslyn's own per-analyzer telemetry: each corpus
/// is analysed by the SDK's default analyzers and AseanUn's together, in one run, and the execution times the driver
/// logs for each analyzer are summed per set. The median of several runs is printed as a Markdown table.
/// </summary>
public static class AnalyzerCostReport
{
    /// <summary>The command-line word that selects this report.</summary>
    public const string Command = "analyzer-cost";

    /// <summary>Measures every corpus <paramref name="runs"/> times and prints the table; returns the exit code.</summary>
    public static int Run(int runs)
    {
        Console.WriteLine("| Corpus | Files | Lines | Compiler errors | SDK analyzers (ms) | AseanUn analyzers (ms) | AseanUn ÷ SDK | AseanUn actions after start | AseanUn diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in new[] { CorpusKind.RealWorldCode, CorpusKind.AseanUnConsumer, CorpusKind.NoAseanUnReference })
        {
            var workload = AnalyzerWorkload.Create(kind, CorpusGenerator.FullSize);
            var measured = Enumerable.Range(0, runs).Select(_ => Measure(workload)).ToList();
            var sdk = Median(measured.Select(m => m.Sdk));
            var aseanUn = Median(measured.Select(m => m.AseanUn));
            var last = measured[^1];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {kind} | {workload.Corpus.Files.Count} | {workload.Corpus.Files.Sum(f => f.Text.Split('\n').Length):N0} | {last.Errors} | {sdk:F0} | {aseanUn:F1} | {aseanUn / sdk:P2} | {last.Actions} | {last.Findings} |"));
        }

        Console.WriteLine($"Median of {runs} runs; real-world sources from: {string.Join(", ", RealWorldSources.Folders())}");
        return 0;
    }

    /// <summary>Analyses the workload once with both sets and sums each set's logged execution time.</summary>
    public static Measurement Measure(AnalyzerWorkload workload)
    {
        var run = workload.RunWithTelemetry(withAseanUn: true);
        return new Measurement(
            Milliseconds(run, workload.SdkAnalyzers),
            Milliseconds(run, workload.AseanUnAnalyzers),
            workload.AseanUnAnalyzers.Sum(a => ActionsAfterStart(run.Telemetry[a])),
            run.Diagnostics.Count(d => d.Id.StartsWith("AUN", StringComparison.Ordinal)),
            run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("AUN", StringComparison.Ordinal)));
    }

    /// <summary>Counts every action an analyzer registered other than its compilation-start action.</summary>
    public static int ActionsAfterStart(AnalyzerTelemetryInfo t) =>
        t.CompilationEndActionsCount + t.CompilationActionsCount + t.SyntaxTreeActionsCount + t.AdditionalFileActionsCount
        + t.SemanticModelActionsCount + t.SymbolActionsCount + t.SymbolStartActionsCount + t.SymbolEndActionsCount
        + t.SyntaxNodeActionsCount + t.CodeBlockStartActionsCount + t.CodeBlockEndActionsCount + t.CodeBlockActionsCount
        + t.OperationActionsCount + t.OperationBlockStartActionsCount + t.OperationBlockEndActionsCount
        + t.OperationBlockActionsCount + t.SuppressionActionsCount;

    private static double Milliseconds(AnalyzerRun run, IEnumerable<DiagnosticAnalyzer> analyzers) =>
        analyzers.Sum(a => run.Telemetry.TryGetValue(a, out var t) ? t.ExecutionTime.TotalMilliseconds : 0);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>One analysis: each set's execution time, AseanUn's registered actions, its findings, and compiler errors.</summary>
    public sealed record Measurement(double Sdk, double AseanUn, int Actions, int Findings, int Errors);
}
