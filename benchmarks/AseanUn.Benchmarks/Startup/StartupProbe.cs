using System;
using System.Runtime.CompilerServices;

namespace AseanUn.Benchmarks.Startup;

/// <summary>
/// What one probe process does before it exits: nothing, touch <see cref="Partnership.Current"/>, or touch it and
/// answer a first query (which builds the indexes). The first-access benchmark starts these processes.
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

    /// <summary>Runs the probe named by <paramref name="mode"/>; returns the process exit code.</summary>
    public static int Run(string mode) => mode switch
    {
        Empty => 0,
        Dataset => TouchDataset(),
        Query => FirstQuery(),
        _ => Unknown(mode),
    };

    // Not inlined, so that the runtime meets AseanUn's types only when this mode runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TouchDataset() => Partnership.Current.Edition.Length > 0 ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FirstQuery() => Partnership.Current.TryGetPillar(PillarCodes.SocioCultural, out _) ? 0 : 1;

    private static int Unknown(string mode)
    {
        Console.Error.WriteLine($"Unknown probe '{mode}'; expected {Empty}, {Dataset} or {Query}.");
        return 2;
    }
}
