using System;
using System.IO;
using System.Linq;

/// <summary>
/// A .NET startup hook (<c>DOTNET_STARTUP_HOOKS</c>) that <see cref="AseanUn.Explorer.Tests.StartupCostTests"/> loads
/// into an explorer process: when the process ends, it writes the names of the assemblies the process loaded, one a
/// line, to the file <c>ASEANUN_LOADED_ASSEMBLIES</c> names. The runtime finds it by this name, outside any namespace.
/// </summary>
#pragma warning disable CA1050 // A startup hook must be in the global namespace.
public static class StartupHook
#pragma warning restore CA1050
{
    /// <summary>Called by the runtime before the program's Main.</summary>
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("ASEANUN_LOADED_ASSEMBLIES") is { Length: > 0 } path)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                File.WriteAllLines(path, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? ""));
        }
    }
}
