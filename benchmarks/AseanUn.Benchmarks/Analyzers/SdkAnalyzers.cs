using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using AseanUn.Benchmarks.Startup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// The analyzers every SDK-style C# project runs by default: the .NET SDK's code-quality analyzers (NetAnalyzers),
/// loaded from the SDK this machine has, as the compiler loads them in a build.
/// </summary>
public static class SdkAnalyzers
{
    private static readonly string[] FileNames = ["Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"];

    /// <summary>Gets the folder of the newest SDK's analyzers.</summary>
    public static string Folder { get; } = Path.Combine(DotNetInstallation.NewestSdk(), "Sdks", "Microsoft.NET.Sdk", "analyzers");

    /// <summary>Loads the C# analyzers of the NetAnalyzers assemblies.</summary>
    /// <exception cref="InvalidOperationException">An assembly or analyzer does not load, or none is found.</exception>
    public static ImmutableArray<DiagnosticAnalyzer> Load()
    {
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var failures = new List<string>();
        foreach (var name in FileNames)
        {
            var reference = new AnalyzerFileReference(Path.Combine(Folder, name), Loader.Instance);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{name}: {e.TypeName} {e.ErrorCode}: {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        return failures.Count > 0 ? throw new InvalidOperationException("The SDK's analyzers did not load: " + string.Join("; ", failures))
            : analyzers.Count == 0 ? throw new InvalidOperationException($"No analyzer found in {Folder}.")
            : analyzers.ToImmutable();
    }

    /// <summary>Loads analyzer assemblies into this process; their dependencies are found beside them.</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
