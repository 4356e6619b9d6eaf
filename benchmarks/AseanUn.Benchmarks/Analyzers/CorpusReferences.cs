using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NodaTime;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>The metadata references of a corpus compilation: the shared framework, and AseanUn with NodaTime for a consumer.</summary>
public static class CorpusReferences
{
    private static readonly IReadOnlyList<MetadataReference> Framework = LoadFramework();

    private static readonly IReadOnlyList<MetadataReference> Library =
        [MetadataReference.CreateFromFile(typeof(Partnership).Assembly.Location), MetadataReference.CreateFromFile(typeof(LocalDate).Assembly.Location)];

    // The packages this process loads (Roslyn, BenchmarkDotNet…) but not AseanUn: what the repository's own sources use.
    private static readonly IReadOnlyList<MetadataReference> Packages = LoadPackages();

    /// <summary>Returns the references of a corpus of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<MetadataReference> For(CorpusKind kind) => kind switch
    {
        CorpusKind.AseanUnConsumer => [.. Framework, .. Library],
        CorpusKind.RealWorldCode => [.. Framework, .. Library, .. Packages],
        _ => Framework,
    };

    // The assemblies of the shared framework this process runs on: what a net10.0 project compiles against.
    private static List<MetadataReference> LoadFramework() => Trusted(inFramework: true);

    private static List<MetadataReference> LoadPackages() =>
        Trusted(inFramework: false, path => !Path.GetFileName(path).StartsWith("AseanUn", StringComparison.Ordinal));

    private static List<MetadataReference> Trusted(bool inFramework, Func<string, bool>? include = null)
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal) == inFramework)
            .Where(path => include is null || include(path))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
