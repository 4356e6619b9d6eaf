using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Testing;

/// <summary>
/// Creates every analyzer an assembly declares, found by reflection so that a new analyzer is tested without being
/// listed anywhere. One copy of this file is linked into every test project that runs the analyzers.
/// </summary>
internal static class AnalyzerDiscovery
{
    /// <summary>Returns one instance of each concrete <see cref="DiagnosticAnalyzer"/> with <see cref="DiagnosticAnalyzerAttribute"/> in <paramref name="assembly"/>, ordered by full name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll(Assembly assembly) =>
    [
        .. assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ];
}
