using System.Linq;
using System.Reflection;
using AseanUn.Benchmarks.Filters;
using AseanUn.Benchmarks.Json;
using AseanUn.Benchmarks.Lookups;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Tests;

/// <summary>A comparison is fair only when every alternative finds the same answer as the baseline.</summary>
public sealed class AgreementTests
{
    public static TheoryData<string> Comparisons { get; } =
    [
        typeof(LookupByIdBenchmarks).FullName!,
        typeof(LookupByCodeBenchmarks).FullName!,
        typeof(ActionLineFilterBenchmarks).FullName!,
        typeof(PillarFilterBenchmarks).FullName!,
        typeof(RecordsDuringYearBenchmarks).FullName!,
        typeof(TimelineDuringYearBenchmarks).FullName!,
        typeof(JsonExportBenchmarks).FullName!,
    ];

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void EveryAlternativeAgreesWithTheBaseline(string name)
    {
        var type = BenchmarkClasses.Named(name);
        var instance = System.Activator.CreateInstance(type)!;
        type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(instance, null);
        var benchmarks = BenchmarkClasses.Benchmarks(type);
        var baseline = benchmarks.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);

        var expected = (int)baseline.Invoke(instance, null)!;

        Assert.True(expected > 0, $"{baseline.Name} found nothing.");
        Assert.All(benchmarks, m => Assert.Equal(expected, (int)m.Invoke(instance, null)!));
    }
}
