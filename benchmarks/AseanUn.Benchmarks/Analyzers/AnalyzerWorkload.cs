using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// A corpus parsed once, and the full diagnostics of a fresh compilation of it — compiler and analyzers, as a build
/// computes them — with the SDK's analyzers alone or with AseanUn's added.
/// </summary>
public sealed class AnalyzerWorkload
{
    private readonly CSharpCompilation _compilation;

    private AnalyzerWorkload(
        Corpus corpus,
        CSharpCompilation compilation,
        ImmutableArray<DiagnosticAnalyzer> sdk,
        ImmutableArray<DiagnosticAnalyzer> aseanUn,
        ImmutableArray<DiagnosticAnalyzer> baseline)
    {
        Corpus = corpus;
        _compilation = compilation;
        SdkAnalyzers = sdk;
        AseanUnAnalyzers = aseanUn;
        BaselineAnalyzers = baseline;
    }

    /// <summary>Gets the corpus.</summary>
    public Corpus Corpus { get; }

    /// <summary>Gets the SDK's analyzers.</summary>
    public ImmutableArray<DiagnosticAnalyzer> SdkAnalyzers { get; }

    /// <summary>Gets AseanUn's analyzers.</summary>
    public ImmutableArray<DiagnosticAnalyzer> AseanUnAnalyzers { get; }

    /// <summary>
    /// Gets an earlier build of AseanUn's analyzers that runs beside the current one in every timed run, its findings
    /// left out (see <see cref="Analyzers.BaselineAnalyzers"/>); empty unless asked for.
    /// </summary>
    public ImmutableArray<DiagnosticAnalyzer> BaselineAnalyzers { get; }

    /// <summary>Generates and parses a corpus of <paramref name="files"/> files and loads both sets of analyzers.</summary>
    public static AnalyzerWorkload Create(CorpusKind kind, int files) => Create(CorpusGenerator.Generate(kind, files));

    /// <summary>Parses <paramref name="corpus"/>, compiled with the references of its kind, and loads both sets of analyzers.</summary>
    public static AnalyzerWorkload Create(Corpus corpus)
    {
        var kind = corpus.Kind;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Name));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("Corpus", trees, CorpusReferences.For(kind), options);
        return new AnalyzerWorkload(corpus, compilation, Analyzers.SdkAnalyzers.Load(), Analyzers.AseanUnAnalyzers.Create(), Analyzers.BaselineAnalyzers.Load());
    }

    /// <summary>Computes every diagnostic of a fresh compilation of the corpus.</summary>
    /// <param name="withAseanUn">Whether AseanUn's analyzers run beside the SDK's.</param>
    /// <exception cref="InvalidOperationException">An analyzer threw.</exception>
    public ImmutableArray<Diagnostic> Run(bool withAseanUn) => Analyze(withAseanUn, logTimes: false).Diagnostics;

    /// <summary>Computes every diagnostic like <see cref="Run"/> and also what each analyzer registered and how long it ran.</summary>
    /// <param name="withAseanUn">Whether AseanUn's analyzers (and the baseline build, if any) run beside the SDK's.</param>
    /// <param name="baselineFirst">Whether the baseline build is given to the driver before the current one (see <see cref="Ordered"/>).</param>
    public AnalyzerRun RunWithTelemetry(bool withAseanUn, bool baselineFirst = false) => Analyze(withAseanUn, logTimes: true, baselineFirst);

    /// <summary>
    /// Returns the analyzers a timed run gives the driver, in order: the SDK's, then the current build and the baseline
    /// build, the baseline first when <paramref name="baselineFirst"/> is set. The build given first is charged the
    /// work the two share (about a third of the charge on the consumer corpus), so a fair comparison alternates.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ordered(
        ImmutableArray<DiagnosticAnalyzer> sdk, ImmutableArray<DiagnosticAnalyzer> current, ImmutableArray<DiagnosticAnalyzer> baseline, bool baselineFirst) =>
        baselineFirst ? sdk.AddRange(baseline).AddRange(current) : sdk.AddRange(current).AddRange(baseline);

    private AnalyzerRun Analyze(bool withAseanUn, bool logTimes, bool baselineFirst = false)
    {
        var analyzers = !withAseanUn ? SdkAnalyzers
            : logTimes ? Ordered(SdkAnalyzers, AseanUnAnalyzers, BaselineAnalyzers, baselineFirst)
            : SdkAnalyzers.AddRange(AseanUnAnalyzers);
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: logTimes);

        // A clone has no bound state, so every run binds the corpus anew, as a build does.
        var analysis = new CompilationWithAnalyzers(_compilation.Clone(), analyzers, options);
        ImmutableArray<Diagnostic> diagnostics;
        IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> telemetry;
        if (logTimes)
        {
            // Only the analysis result carries execution times; the compiler's diagnostics come separately. The
            // earlier analyzers' findings would repeat the current ones', so they are left out.
            var result = Wait(analysis.GetAnalysisResultAsync(CancellationToken.None));
            diagnostics = analysis.Compilation.GetDiagnostics().AddRange(
                analyzers.Except(BaselineAnalyzers).SelectMany(a => result.GetAllDiagnostics(a)));
            telemetry = result.AnalyzerTelemetryInfo;
        }
        else
        {
            diagnostics = Wait(analysis.GetAllDiagnosticsAsync(CancellationToken.None));
            telemetry = ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>.Empty;
        }

        return exceptions.IsEmpty
            ? new AnalyzerRun(diagnostics, telemetry)
            : throw new InvalidOperationException("An analyzer threw: " + string.Join("; ", exceptions));
    }

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
