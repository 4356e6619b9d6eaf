using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// Compiles C# against the running framework and runs every AseanUn analyzer over it the way a build does, but with
/// every analyzer exception captured instead of turned into a warning, and suppressed diagnostics reported too.
/// </summary>
internal static class AnalyzerHarness
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Gets every analyzer the AseanUn analyzer assembly exports, found by reflection so none is forgotten.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = AnalyzerDiscovery.CreateAll(typeof(AseanUnAnalyzer).Assembly);

    /// <summary>Gets every assembly of the running framework.</summary>
    public static ImmutableArray<MetadataReference> Framework { get; } = FrameworkReferences();

    /// <summary>
    /// Gets the framework assemblies everyday code uses. Each compilation merges the namespaces of all its references,
    /// so thousands of small compilations run several times faster with these than with the whole framework.
    /// </summary>
    public static ImmutableArray<MetadataReference> CommonFramework { get; } = FrameworkReferences(
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Collections.Immutable",
        "System.Linq", "System.Linq.Expressions", "System.Console", "System.Threading", "System.Threading.Tasks",
        "System.Memory", "System.Text.RegularExpressions", "System.Text.Json", "System.Net.Http", "System.ComponentModel.Primitives",
        "System.ObjectModel", "Microsoft.CSharp");

    /// <summary>Gets the AseanUn library the tests run against, and NodaTime, which its public types use.</summary>
    public static ImmutableArray<MetadataReference> AseanUnLibrary { get; } =
    [
        MetadataReference.CreateFromFile(typeof(Partnership).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location),
    ];

    /// <summary>
    /// Gets the packages this test project loads (Roslyn, xunit, NodaTime…) but not AseanUn, so the repository's own
    /// sources compile with most of what they use.
    /// </summary>
    public static ImmutableArray<MetadataReference> Packages { get; } =
    [
        .. TrustedAssemblies()
            .Where(path => !IsFramework(path) && !Path.GetFileName(path).StartsWith("AseanUn", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ];

    /// <summary>
    /// Creates a compilation of <paramref name="trees"/> with <paramref name="references"/> and the common framework
    /// assemblies, or the whole framework when <paramref name="wholeFramework"/> is set.
    /// </summary>
    public static CSharpCompilation Compile(
        IEnumerable<SyntaxTree> trees,
        IEnumerable<MetadataReference> references,
        OutputKind kind = OutputKind.DynamicallyLinkedLibrary,
        string name = "Subject",
        bool wholeFramework = false) =>
        CSharpCompilation.Create(
            name,
            trees,
            [.. wholeFramework ? Framework : CommonFramework, .. references],
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    /// <summary>Parses <paramref name="text"/> as a file named <paramref name="path"/>.</summary>
    public static SyntaxTree Parse(string text, string path = "Subject.cs") => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>Runs every analyzer over <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="concurrent">Whether the analyzers run concurrently, as they do in a build of a large project.</param>
    public static AnalysisOutcome Analyze(Compilation compilation, bool concurrent = false) => Analyze(compilation, [], concurrent);

    /// <summary>Runs every analyzer over <paramref name="compilation"/> with <paramref name="additionalFiles"/>.</summary>
    public static AnalysisOutcome Analyze(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, bool concurrent = false)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = compilation.WithAnalyzers(Analyzers, options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        return new AnalysisOutcome(diagnostics, [.. exceptions]);
    }

    /// <summary>Gets the framework assemblies named <paramref name="names"/>, or all of them when no name is given.</summary>
    private static ImmutableArray<MetadataReference> FrameworkReferences(params string[] names)
    {
        return
        [
            .. TrustedAssemblies()
                .Where(IsFramework)
                .Where(path => names.Length == 0 || names.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }

    // The trusted platform assemblies are the framework's and this test's own dependencies, in order.
    private static IEnumerable<string> TrustedAssemblies() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Order(StringComparer.Ordinal);

    private static bool IsFramework(string path) =>
        string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal);
}
