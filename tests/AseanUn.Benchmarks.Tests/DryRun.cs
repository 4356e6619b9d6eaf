using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AseanUn.Benchmarks.Tests;

/// <summary>Runs a benchmark class once, in this process, in BenchmarkDotNet's dry mode: every benchmark is invoked, nothing is timed.</summary>
internal static class DryRun
{
    /// <summary>Runs <paramref name="type"/>; its own job settings are overridden by the dry job.</summary>
    /// <returns>The summary, and what BenchmarkDotNet logged (to explain a failure).</returns>
    public static (Summary Summary, string Log) Run(Type type)
    {
        var log = new AccumulationLogger();
        // A mutator job applies over whatever job a class asks for, so classes with their own config run dry as well.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.DontLogOutput).AsMutator())
            .AddLogger(log)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "aseanun-benchmarks-dry-run"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);
        return (BenchmarkRunner.Run(type, config), log.GetLog());
    }

    /// <summary>Returns the summary's problems, as the benchmark program reports them.</summary>
    public static IReadOnlyList<string> Problems(Summary summary) => Running.SummaryCheck.Problems([summary]);
}
