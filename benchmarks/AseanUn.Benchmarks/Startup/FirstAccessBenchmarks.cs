using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace AseanUn.Benchmarks.Startup;

/// <summary>
/// The cost of the built-in dataset at start-up, measured on whole processes: a fresh process that touches
/// <see cref="Partnership.Current"/> (and one that also answers a first query) against one that exits at once. All
/// three are this program in probe mode, so they share every other start-up cost; the difference is the dataset's.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class FirstAccessBenchmarks
{
    private string _program = null!;

    /// <summary>Locates this program's assembly, which the probes run.</summary>
    [GlobalSetup]
    public void Setup() => _program = typeof(StartupProbe).Assembly.Location;

    /// <summary>A process that starts and exits.</summary>
    [Benchmark(Baseline = true)]
    public string EmptyProcess() => Probe(StartupProbe.Empty);

    /// <summary>A process that reads <see cref="Partnership.Current"/>: loads the library and reads its embedded dataset.</summary>
    [Benchmark]
    public string FirstAccess() => Probe(StartupProbe.Dataset);

    /// <summary>A process that also answers a first query, which builds the indexes.</summary>
    [Benchmark]
    public string FirstQuery() => Probe(StartupProbe.Query);

    /// <summary>A process that creates one NodaTime date: NodaTime's own start-up, the floor of any date.</summary>
    [Benchmark]
    public string NodaTimeDate() => Probe(StartupProbe.Date);

    /// <summary>A process that creates a date, then answers a first query: the query's cost once NodaTime has started.</summary>
    [Benchmark]
    public string FirstQueryAfterDate() => Probe(StartupProbe.DateQuery);

    /// <summary>A process that reads <see cref="Partnership.WithLayers"/>: the built-in dataset and the compiled shipped layers.</summary>
    [Benchmark]
    public string FirstAccessWithLayers() => Probe(StartupProbe.Layers);

    private string Probe(string mode) => DotNetInstallation.Run(DotNetInstallation.Host, _program, StartupProbe.Command, mode);

    /// <summary>One process per invocation, no pilot: a process start takes tens of milliseconds.</summary>
    private sealed class Configuration : ManualConfig
    {
        public Configuration() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(3)
            .WithIterationCount(30)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
