using System;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// An earlier build of AseanUn's analyzers to time beside the current one in the same analysis, so that what a change
/// bought is a difference measured under one and the same load: the assembly the <c>ASEANUN_BASELINE_ANALYZERS</c>
/// environment variable names, loaded in a context of its own (it has the same name as the current analyzers), with
/// Roslyn shared from this process.
/// </summary>
public static class BaselineAnalyzers
{
    /// <summary>The environment variable naming the earlier analyzer assembly.</summary>
    public const string Variable = "ASEANUN_BASELINE_ANALYZERS";

    /// <summary>Loads the earlier analyzers the variable names, or none when it is not set.</summary>
    /// <exception cref="FileNotFoundException">The variable names a file that does not exist.</exception>
    public static ImmutableArray<DiagnosticAnalyzer> Load() => Load(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Loads the analyzers of the assembly at <paramref name="path"/>, or none when it is empty.</summary>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/>.</exception>
    public static ImmutableArray<DiagnosticAnalyzer> Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return [];
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"{Variable} names an analyzer assembly that does not exist.", full);
        }

        return AseanUnAnalyzers.From(new Isolated().LoadFromAssemblyPath(full));
    }

    // Every dependency (Roslyn, the runtime) resolves to what this process has already loaded: returning null defers
    // to the default context, so the earlier analyzers derive from the very DiagnosticAnalyzer type the driver knows.
    private sealed class Isolated() : AssemblyLoadContext("AseanUn baseline analyzers")
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
