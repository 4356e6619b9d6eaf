using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>The analyzers AseanUn ships, created from the referenced analyzer assembly.</summary>
public static class AseanUnAnalyzers
{
    /// <summary>Creates one instance of every AseanUn analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() => From(typeof(AseanUn.Analyzers.AseanUnAnalyzer).Assembly);

    /// <summary>Creates one instance of every analyzer <paramref name="assembly"/> declares, in name order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> From(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
}
