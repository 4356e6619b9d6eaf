using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace AseanUn.Benchmarks.Running;

/// <summary>Runs the benchmarks the command line selects and turns any failed or invalid one into a non-zero exit code.</summary>
public static class BenchmarkProgram
{
    /// <summary>Runs the switcher on <paramref name="args"/>; returns 0 when every report succeeded, else 1.</summary>
    public static int Run(string[] args)
    {
        // BenchmarkDotNet exits 0 even when a benchmark throws, so the summaries decide.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args).ToList();
        var problems = SummaryCheck.Problems(summaries);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        return problems.Count == 0 ? 0 : 1;
    }
}
