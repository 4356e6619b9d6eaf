using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// What AseanUn's analyzers add to a build: full diagnostics (compiler and analyzers) of a large generated compilation
/// with the SDK's default analyzers plus AseanUn's, against the SDK's analyzers alone — for a consumer naming 20 codes
/// per file, and for code that does not reference AseanUn at all.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class AnalyzerCostBenchmarks
{
    private AnalyzerWorkload _workload = null!;

    /// <summary>Gets or sets the number of files of the corpus; the dry-run test lowers it, a real run keeps the full size.</summary>
    public static int CorpusFiles { get; set; } = CorpusGenerator.FullSize;

    /// <summary>Gets or sets the corpus to compile.</summary>
    [ParamsAllValues]
    public CorpusKind Corpus { get; set; }

    /// <summary>Generates and parses the corpus, loads the analyzers, and reports once how long each set ran.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = AnalyzerWorkload.Create(Corpus, CorpusFiles);
        var run = _workload.RunWithTelemetry(withAseanUn: true);
        var aseanUn = Sum(run, a => _workload.AseanUnAnalyzers.Contains(a));
        var sdk = Sum(run, a => _workload.SdkAnalyzers.Contains(a));
        Console.WriteLine($"// {Corpus}, {CorpusFiles} files: analyzer execution time (telemetry) SDK {sdk.TotalMilliseconds:F0} ms, AseanUn {aseanUn.TotalMilliseconds:F1} ms");
    }

    /// <summary>The build users run anyway: the compiler and the SDK's analyzers.</summary>
    [Benchmark(Baseline = true)]
    public int SdkAnalyzers() => _workload.Run(withAseanUn: false).Length;

    /// <summary>The same build with AseanUn's analyzers added.</summary>
    [Benchmark]
    public int SdkAndAseanUnAnalyzers() => _workload.Run(withAseanUn: true).Length;

    private static TimeSpan Sum(AnalyzerRun run, Func<DiagnosticAnalyzer, bool> include) =>
        TimeSpan.FromTicks(run.Telemetry.Where(t => include(t.Key)).Sum(t => t.Value.ExecutionTime.Ticks));

    /// <summary>A run takes seconds: one invocation per iteration, no pilot, enough iterations to see a few percent.</summary>
    private sealed class Configuration : ManualConfig
    {
        public Configuration() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(2)
            .WithIterationCount(12)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
