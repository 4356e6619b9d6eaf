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

    /// <summary>Returns the references of a corpus of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<MetadataReference> For(CorpusKind kind) =>
        kind == CorpusKind.AseanUnConsumer ? [.. Framework, .. Library] : Framework;

    // The assemblies of the shared framework this process runs on: what a net10.0 project compiles against.
    private static List<MetadataReference> LoadFramework()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
