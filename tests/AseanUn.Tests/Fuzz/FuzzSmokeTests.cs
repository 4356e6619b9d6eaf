using System;
using AseanUn.Fuzz;

namespace AseanUn.Tests.Fuzz;

/// <summary>
/// A short run of the fuzz harness in fuzz/ with fixed seeds, so every test run exercises it and a regression in an
/// invariant it checks fails here. Bounded by the number of inputs, not by time, so the result does not depend on speed.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzSmokeTests
{
    [Fact]
    public void Date_parsing_keeps_its_invariants_on_mutated_input()
    {
        var report = FuzzRun.Run(new DateTarget(), seed: 16, inputs: 20_000, TimeSpan.MaxValue);

        Assert.Empty(report.Failures);
        Assert.Equal(20_000, report.Inputs);
        Assert.InRange(report.Accepted, 100, report.Inputs - 100); // the run reaches both sides of the grammar
    }

    [Fact]
    public void Import_keeps_its_invariants_on_mutated_input()
    {
        var report = FuzzRun.Run(new ImportTarget(withBuiltInExport: false), seed: 16, inputs: 1_500, TimeSpan.MaxValue);

        Assert.Empty(report.Failures);
        Assert.Equal(1_500, report.Inputs);
        Assert.InRange(report.Accepted, 2, report.Inputs - 100);
    }
}
