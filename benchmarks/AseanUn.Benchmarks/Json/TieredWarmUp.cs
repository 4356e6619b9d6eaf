using System;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// Runs a benchmark's work until tiered compilation has optimised it. System.Text.Json ships precompiled, the library
/// and its source-generated metadata do not: a fresh process needs several hundred imports before the library's code
/// reaches its final tier, more than a short job's three warm-up iterations give it, so without this a comparison
/// with System.Text.Json's own code measures the JIT part-way.
/// </summary>
public static class TieredWarmUp
{
    /// <summary>How many calls: a fresh process reaches a steady time per import after about 800 imports.</summary>
    public const int Calls = 1000;

    /// <summary>Calls <paramref name="work"/> <see cref="Calls"/> times.</summary>
    public static void Run(Func<object> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var i = 0; i < Calls; i++)
        {
            GC.KeepAlive(work());
        }
    }
}
