using System.Linq;
using AseanUn.Benchmarks.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AseanUn.Benchmarks.Tests;

/// <summary>The analyzer benchmark measures what it claims only if its corpus is valid code that the analyzers really check.</summary>
public sealed class AnalyzerWorkloadTests
{
    private const int Files = 12;

    [Fact]
    public void TheSdkAnalyzersLoad()
    {
        var workload = AnalyzerWorkload.Create(CorpusKind.NoAseanUnReference, 1);

        Assert.Contains(workload.SdkAnalyzers, a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith("CA", System.StringComparison.Ordinal)));
        Assert.NotEmpty(workload.AseanUnAnalyzers);
    }

    [Fact]
    public void TheConsumerCorpusCompilesAndOnlyItsLiteralsAreReported()
    {
        var workload = AnalyzerWorkload.Create(CorpusKind.AseanUnConsumer, Files);

        var diagnostics = workload.Run(withAseanUn: true);

        Assert.Equal(Files * CorpusGenerator.ReferencesPerFile, workload.Corpus.CodeReferences);
        Assert.True(workload.Corpus.Literals > 0);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var aseanUn = diagnostics.Where(d => d.Id.StartsWith("AUN", System.StringComparison.Ordinal)).ToList();
        Assert.All(aseanUn, d => Assert.Equal("AUN0007", d.Id));
        Assert.Equal(workload.Corpus.Literals, aseanUn.Count);
    }

    [Fact]
    public void TheConsumerCorpusRegistersTheCodeChecks()
    {
        var workload = AnalyzerWorkload.Create(CorpusKind.AseanUnConsumer, 1);

        var run = workload.RunWithTelemetry(withAseanUn: true);

        // The code checks run once per file (a semantic-model action) where every mark can be found by name, as here.
        Assert.Contains(workload.AseanUnAnalyzers, a => run.Telemetry[a].SemanticModelActionsCount > 0);
        Assert.Contains(workload.AseanUnAnalyzers, a => run.Telemetry[a].ExecutionTime > System.TimeSpan.Zero);
        Assert.Contains(workload.SdkAnalyzers, a => run.Telemetry.TryGetValue(a, out var t) && t.ExecutionTime > System.TimeSpan.Zero);
    }

    [Fact]
    public void TheTimedRunReallyRunsTheAnalyzersItTimes()
    {
        // A consumer file with one unknown action-line code: the run the cost report times must report it.
        const string Source = """
            using AseanUn;

            [ContributesTo(PillarCodes.SocioCultural, "SC.9.9")]
            public sealed class Tagged { }
            """;
        var workload = AnalyzerWorkload.Create(new Corpus(CorpusKind.AseanUnConsumer, [new CorpusFile("Tagged.cs", Source)], 1, 1));

        var measurement = AnalyzerCostReport.Measure(workload);
        var run = workload.RunWithTelemetry(withAseanUn: true);

        Assert.Equal(1, measurement.Findings);
        Assert.Contains(run.Diagnostics, d => d.Id == "AUN0001");
        Assert.True(measurement.Actions > 0);
        Assert.True(measurement.AseanUn > 0 && measurement.Sdk > 0);
    }

    [Fact]
    public void TheRealWorldCorpusIsFoundAndNamesNoCode()
    {
        var workload = AnalyzerWorkload.Create(CorpusKind.RealWorldCode, Files);

        var run = workload.RunWithTelemetry(withAseanUn: true);

        Assert.Equal(Files, workload.Corpus.Files.Count);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id.StartsWith("AUN", System.StringComparison.Ordinal));
        Assert.Contains(workload.AseanUnAnalyzers, a => run.Telemetry[a].SemanticModelActionsCount > 0);
    }

    [Fact]
    public void WithoutAnAseanUnReferenceTheAnalyzersRegisterNothingAfterCompilationStart()
    {
        var workload = AnalyzerWorkload.Create(CorpusKind.NoAseanUnReference, Files);

        var run = workload.RunWithTelemetry(withAseanUn: true);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id.StartsWith("AUN", System.StringComparison.Ordinal));
        Assert.All(workload.AseanUnAnalyzers, a =>
        {
            Assert.Equal(1, run.Telemetry[a].CompilationStartActionsCount);
            Assert.Equal(0, AnalyzerCostReport.ActionsAfterStart(run.Telemetry[a]));
        });
    }

    [Fact]
    public void AnEarlierAnalyzerBuildLoadsBesideTheCurrentOne()
    {
        var path = typeof(AseanUn.Analyzers.AseanUnAnalyzer).Assembly.Location;

        var earlier = BaselineAnalyzers.Load(path);

        Assert.Equal(AseanUnAnalyzers.Create().Select(a => a.GetType().FullName), earlier.Select(a => a.GetType().FullName));
        Assert.All(earlier, a => Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(a.GetType().Assembly)));
        Assert.Empty(BaselineAnalyzers.Load(null));
        Assert.Throws<System.IO.FileNotFoundException>(() => BaselineAnalyzers.Load(path + ".missing"));
    }

    [Fact]
    public void TheCostReportRejectsAnUnknownCorpus()
    {
        Assert.Equal(2, AnalyzerCostReport.Run(1, "NoSuchCorpus"));
    }

    [Fact]
    public void TheBaselineBuildIsGivenFirstInEveryOtherTimedRun()
    {
        // Two builds in one analysis: the one the driver is given first is charged the work both share, so the cost
        // report alternates which goes first; its runs 0, 2, 4 give the current build first.
        var workload = AnalyzerWorkload.Create(CorpusKind.AseanUnConsumer, 1);
        var current = workload.AseanUnAnalyzers;
        var baseline = AseanUnAnalyzers.Create();

        var currentFirst = AnalyzerWorkload.Ordered(workload.SdkAnalyzers, current, baseline, baselineFirst: false);
        var baselineFirst = AnalyzerWorkload.Ordered(workload.SdkAnalyzers, current, baseline, baselineFirst: true);

        // As arrays: ImmutableArray's own equality compares the arrays' references, not their analyzers.
        Assert.Equal([.. workload.SdkAnalyzers, .. current, .. baseline], currentFirst.ToArray());
        Assert.Equal([.. workload.SdkAnalyzers, .. baseline, .. current], baselineFirst.ToArray());
        Assert.Equal([false, true, false, true, false], Enumerable.Range(0, 5).Select(AnalyzerCostReport.BaselineFirst));
    }
}
