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

    /// <summary>
    /// Measures each corpus named (every corpus when none is) <paramref name="runs"/> times and prints the table;
    /// returns the exit code: 0, or 2 for an unknown corpus name.
    /// </summary>
    public static int Run(int runs, params string[] corpora)
    {
        var kinds = new List<CorpusKind>();
        foreach (var name in corpora)
        {
            if (!Enum.TryParse<CorpusKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                Console.Error.WriteLine($"Unknown corpus '{name}'; expected {string.Join(", ", Enum.GetNames<CorpusKind>())}.");
                return 2;
            }

            kinds.Add(kind);
        }

        if (kinds.Count == 0)
        {
            kinds.AddRange([CorpusKind.RealWorldCode, CorpusKind.AseanUnConsumer, CorpusKind.NoAseanUnReference]);
        }

        var baseline = Environment.GetEnvironmentVariable(BaselineAnalyzers.Variable);
        var baselineColumn = string.IsNullOrWhiteSpace(baseline) ? string.Empty : " Baseline analyzers (ms) | Baseline ÷ SDK |";
        Console.WriteLine("| Corpus | Files | Lines | Compiler errors | SDK analyzers (ms) | AseanUn analyzers (ms) | AseanUn ÷ SDK |" + baselineColumn + " AseanUn actions after start | AseanUn diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|" + (baselineColumn.Length == 0 ? string.Empty : "---:|---:|") + "---:|---:|");
        foreach (var kind in kinds)
        {
            var workload = AnalyzerWorkload.Create(kind, CorpusGenerator.FullSize);
            var measured = Enumerable.Range(0, runs).Select(run => Measure(workload, BaselineFirst(run))).ToList();
            var sdk = Median(measured.Select(m => m.Sdk));
            var aseanUn = Median(measured.Select(m => m.AseanUn));
            var earlier = Median(measured.Select(m => m.Baseline));
            var last = measured[^1];
            var baselineCells = baselineColumn.Length == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" {earlier:F1} | {earlier / sdk:P2} |");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {kind} | {workload.Corpus.Files.Count} | {workload.Corpus.Files.Sum(f => f.Text.Split('\n').Length):N0} | {last.Errors} | {sdk:F0} | {aseanUn:F1} | {aseanUn / sdk:P2} |{baselineCells} {last.Actions} | {last.Findings} |"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"<!-- {kind} runs, AseanUn ÷ SDK: {string.Join(", ", measured.Select(m => (m.AseanUn / m.Sdk).ToString("P2", CultureInfo.InvariantCulture)))} -->"));
        }

        Console.WriteLine($"Median of {runs} runs (with a baseline, every other run gives it to the driver first); real-world sources from: {string.Join(", ", RealWorldSources.Folders())}"
            + (baselineColumn.Length == 0 ? string.Empty : $"; baseline analyzers from {baseline}"));
        return 0;
    }

    /// <summary>
    /// Gets whether run <paramref name="run"/> (from 0) gives the driver the baseline build first: every other run, so
    /// that the work the two builds share is charged to each in turn, not always to the current build.
    /// </summary>
    public static bool BaselineFirst(int run) => run % 2 == 1;

    /// <summary>Analyses the workload once with both sets and sums each set's logged execution time.</summary>
    /// <param name="workload">The corpus and analyzers.</param>
    /// <param name="baselineFirst">Whether the baseline build is given to the driver before the current one.</param>
    public static Measurement Measure(AnalyzerWorkload workload, bool baselineFirst = false)
    {
        var run = workload.RunWithTelemetry(withAseanUn: true, baselineFirst);
        return new Measurement(
            Milliseconds(run, workload.SdkAnalyzers),
            Milliseconds(run, workload.AseanUnAnalyzers),
            Milliseconds(run, workload.BaselineAnalyzers),
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

    /// <summary>
    /// One analysis: each set's execution time (the earlier AseanUn analyzers' 0 when none ran), AseanUn's registered
    /// actions, its findings, and compiler errors.
    /// </summary>
    public sealed record Measurement(double Sdk, double AseanUn, double Baseline, int Actions, int Findings, int Errors);
}
