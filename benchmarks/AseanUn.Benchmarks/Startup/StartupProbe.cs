using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AseanUn.Benchmarks.Startup;

/// <summary>
/// What one probe process does before it exits: nothing, touch <see cref="Partnership.Current"/>, or touch it and
/// answer a first query (which builds the indexes); the same after creating a NodaTime <see cref="LocalDate"/>, whose
/// own start-up is a floor for anything that touches a date; or touch <see cref="Partnership.WithLayers"/>. The
/// first-access benchmark and docs/benchmarks.md start these processes.
/// </summary>
public static class StartupProbe
{
    /// <summary>The first command-line argument that selects probe mode.</summary>
    public const string Command = "probe";

    /// <summary>Exits at once.</summary>
    public const string Empty = "empty";

    /// <summary>Reads the built-in dataset's edition.</summary>
    public const string Dataset = "dataset";

    /// <summary>Looks a record up in the built-in dataset.</summary>
    public const string Query = "query";

    /// <summary>Creates one NodaTime <see cref="LocalDate"/>: NodaTime's own start-up, without AseanUn.</summary>
    public const string Date = "date";

    /// <summary>Creates a <see cref="LocalDate"/>, then looks a record up: the query's cost once NodaTime has started.</summary>
    public const string DateQuery = "date-query";

    /// <summary>Reads the edition of the built-in dataset with the shipped layers merged on top.</summary>
    public const string Layers = "layers";

    /// <summary>Runs the probe named by <paramref name="mode"/>; returns the process exit code.</summary>
    public static int Run(string mode) => mode switch
    {
        Empty => 0,
        Dataset => TouchDataset(),
        Query => FirstQuery(),
        Date => CreateDate(),
        DateQuery => CreateDate() + FirstQuery(),
        Layers => TouchLayers(),
        _ => Unknown(mode),
    };

    // Not inlined, so that the runtime meets AseanUn's types only when this mode runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchDataset() => Partnership.Current.Edition.Length > 0 ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FirstQuery() => Partnership.Current.TryGetPillar(PillarCodes.SocioCultural, out _) ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CreateDate() => new LocalDate(2017, 11, 13).Year == 2017 ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchLayers() => Partnership.WithLayers.Edition.Length > 0 ? 0 : 1;

    private static int Unknown(string mode)
    {
        Console.Error.WriteLine($"Unknown probe '{mode}'; expected {Empty}, {Dataset}, {Query}, {Date}, {DateQuery} or {Layers}.");
        return 2;
    }
}
