using System;
using System.Text;
using AseanUn.Fuzz;
using AseanUn.Json;

namespace AseanUn.Tests.Fuzz;

/// <summary>
/// A short run of the fuzz harness in fuzz/ with fixed seeds, so every test run exercises it and a regression in an
/// invariant it checks fails here. Bounded by the number of inputs, not by time, so the result does not depend on
/// speed; the per-input budget only stops an input that would never end.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzSmokeTests
{
    private static readonly TimeSpan Budget = FuzzRun.DefaultInputBudget;

    [Fact]
    public void Date_parsing_keeps_its_invariants_on_mutated_input()
    {
        var report = FuzzRun.Run(new DateTarget(), seed: 16, inputs: 20_000, TimeSpan.MaxValue, Budget);

        Assert.Empty(report.Failures);
        Assert.Equal(20_000, report.Inputs);
        Assert.InRange(report.Accepted, 100, report.Inputs - 100); // the run reaches both sides of the grammar
    }

    [Fact]
    public void Import_keeps_its_invariants_on_mutated_input()
    {
        var report = FuzzRun.Run(new ImportTarget(withBuiltInExport: false), seed: 16, inputs: 1_500, TimeSpan.MaxValue, Budget);

        Assert.Empty(report.Failures);
        Assert.Equal(1_500, report.Inputs);
        Assert.InRange(report.Accepted, 2, report.Inputs - 100);
    }

    [Fact]
    public void Merging_updates_keeps_its_invariants_on_mutated_input()
    {
        var target = new MergeTarget();
        var report = FuzzRun.Run(target, seed: 16, inputs: 600, TimeSpan.MaxValue, Budget);

        Assert.Empty(report.Failures);
        Assert.Equal(600, report.Inputs);
        Assert.InRange(report.Accepted, target.Seeds.Count + 1, report.Inputs - 100); // mutated merges with updates applied, and rejected ones
        Assert.True(target.UpdatesReached >= 100, $"{target.UpdatesReached} of {report.Inputs} inputs reached the updates");
    }

    [Fact]
    public void Every_merge_seed_holds_updates_and_merges()
    {
        var seeds = new MergeTarget().Seeds;

        Assert.NotEmpty(seeds);
        Assert.All(seeds, seed =>
        {
            Assert.Contains("\"updates\"", Encoding.UTF8.GetString(seed), StringComparison.Ordinal);
            var merged = DatasetJson.TryMerge(Partnership.Current, seed, "seed.json");
            Assert.Empty(merged.Problems);
            Assert.NotEqual(DatasetJson.Export(Partnership.Current), DatasetJson.Export(merged.Dataset!));
        });
    }

    [Fact]
    public void An_input_that_runs_past_its_budget_is_a_failure_with_its_bytes_and_ends_the_run()
    {
        using var release = new System.Threading.ManualResetEventSlim();
        var target = new StuckTarget(release);
        try
        {
            var report = FuzzRun.Run(target, seed: 1, inputs: 1_000, TimeSpan.MaxValue, TimeSpan.FromMilliseconds(50));

            var failure = Assert.Single(report.Failures);
            Assert.Equal("the input ran past its time budget of 50 ms", failure.Invariant);
            Assert.Equal(StuckTarget.Slow, failure.Input);
            Assert.Equal(2, report.Inputs); // the quick seed, then the slow one; nothing after it
        }
        finally
        {
            release.Set();
        }
    }

    // A target whose second seed never finishes until the test lets it.
    private sealed class StuckTarget(System.Threading.ManualResetEventSlim release) : IFuzzTarget
    {
        public static readonly byte[] Slow = [2];

        public string Name => "stuck";

        public System.Collections.Generic.IReadOnlyList<byte[]> Seeds { get; } = [[1], Slow, [3]];

        public System.Collections.Generic.IReadOnlyList<byte[]> Tokens { get; } = [[0]];

        public FuzzFailure? Check(byte[] input, out bool accepted)
        {
            accepted = true;
            if (input.AsSpan().SequenceEqual(Slow))
            {
                release.Wait();
            }

            return null;
        }
    }
}
