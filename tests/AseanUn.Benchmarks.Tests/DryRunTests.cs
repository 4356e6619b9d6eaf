using System.Linq;
using AseanUn.Benchmarks.Analyzers;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Tests;

public sealed class DryRunTests
{
    [Fact]
    public void TheProgramHasBenchmarks()
    {
        Assert.NotEmpty(BenchmarkClasses.All);
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses.Names), MemberType = typeof(BenchmarkClasses))]
    public void EveryComparisonHasOneBaselineAndMeasuresMemory(string name)
    {
        var type = BenchmarkClasses.Named(name);

        Assert.Single(BenchmarkClasses.Benchmarks(type), m => m.GetCustomAttributes(typeof(BenchmarkAttribute), false).Cast<BenchmarkAttribute>().Single().Baseline);
        Assert.True(type.IsDefined(typeof(MemoryDiagnoserAttribute), inherit: true), $"{name} has no [MemoryDiagnoser].");
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses.Names), MemberType = typeof(BenchmarkClasses))]
    public void EveryBenchmarkRunsOnceInDryMode(string name)
    {
        var type = BenchmarkClasses.Named(name);
        var files = AnalyzerCostBenchmarks.CorpusFiles;
        AnalyzerCostBenchmarks.CorpusFiles = 10;
        try
        {
            var (summary, log) = DryRun.Run(type);

            var problems = DryRun.Problems(summary);
            Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n" + log[^System.Math.Min(log.Length, 4000)..]);
            Assert.Equal(summary.BenchmarksCases.Length, summary.Reports.Count(r => r.Success));
            Assert.NotEmpty(summary.Reports);
        }
        finally
        {
            AnalyzerCostBenchmarks.CorpusFiles = files;
        }
    }
}
