using System;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Tests;

public sealed class SummaryCheckTests
{
    [Fact]
    public void ACleanRunHasNoProblems()
    {
        var (summary, _) = DryRun.Run(typeof(Clean));

        Assert.Empty(DryRun.Problems(summary));
    }

    [Fact]
    public void ABenchmarkThatThrowsIsAProblem()
    {
        var (summary, _) = DryRun.Run(typeof(Throwing));

        var problem = Assert.Single(DryRun.Problems(summary));
        Assert.Contains(nameof(Throwing.Fails), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ASetupThatThrowsIsAProblem()
    {
        var (summary, _) = DryRun.Run(typeof(ThrowingSetup));

        Assert.NotEmpty(DryRun.Problems(summary));
    }

    [Fact]
    public void AValidationErrorIsAProblem()
    {
        var (summary, _) = DryRun.Run(typeof(TwoBaselines));

        Assert.Contains(DryRun.Problems(summary), p => p.Contains("validation error", StringComparison.Ordinal));
    }

    public class Clean
    {
        [Benchmark(Baseline = true)]
        public void Sleeps() => Thread.Sleep(1);
    }

    public class Throwing
    {
        [Benchmark(Baseline = true)]
        public void Sleeps() => Thread.Sleep(1);

        [Benchmark]
        public void Fails() => throw new InvalidOperationException("This benchmark fails on purpose.");
    }

    public class ThrowingSetup
    {
        [GlobalSetup]
        public void Setup() => throw new InvalidOperationException("This setup fails on purpose.");

        [Benchmark]
        public void Sleeps() => Thread.Sleep(1);
    }

    // BenchmarkDotNet's own analyzer rejects this at compile time; the run must reject it too.
#pragma warning disable BDN1107
    public class TwoBaselines
    {
        [Benchmark(Baseline = true)]
        public void First() => Thread.Sleep(1);

        [Benchmark(Baseline = true)]
        public void Second() => Thread.Sleep(1);
    }
#pragma warning restore BDN1107
}
