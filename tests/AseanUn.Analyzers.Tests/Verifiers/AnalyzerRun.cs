using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Analyzers.Codes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs every AseanUn analyzer over a compilation directly, recording the exceptions any of them throws and what each
/// registered, for tests of robustness and cost that the markup-based verifiers cannot express.
/// </summary>
internal sealed class AnalyzerRun
{
    private AnalyzerRun(ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<Exception> exceptions, IReadOnlyDictionary<Type, AnalyzerTelemetryInfo> telemetry)
    {
        Diagnostics = diagnostics;
        Exceptions = exceptions;
        Telemetry = telemetry;
    }

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = AnalyzerDiscovery.CreateAll(typeof(CodeReferenceAnalyzer).Assembly);

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<Exception> Exceptions { get; }

    public IReadOnlyDictionary<Type, AnalyzerTelemetryInfo> Telemetry { get; }

    public static async Task<AnalyzerRun> RunAsync(IEnumerable<string> sources, bool referenceAseanUn)
    {
        var references = (await TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).ToList();
        if (referenceAseanUn)
        {
            references.Add(TestReferences.AseanUn);
            references.Add(TestReferences.NodaTime);
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var telemetry = new Dictionary<Type, AnalyzerTelemetryInfo>();
        foreach (var analyzer in AllAnalyzers)
        {
            telemetry[analyzer.GetType()] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        }

        return new AnalyzerRun(diagnostics, exceptions.ToList(), telemetry);
    }

    /// <summary>Gets how many callbacks of any kind but compilation start an analyzer registered.</summary>
    public int RegisteredCallbacks(Type analyzer)
    {
        var info = Telemetry[analyzer];
        return info.OperationActionsCount + info.OperationBlockActionsCount + info.OperationBlockStartActionsCount
            + info.SyntaxNodeActionsCount + info.SyntaxTreeActionsCount + info.SymbolActionsCount
            + info.SemanticModelActionsCount + info.CodeBlockActionsCount + info.CodeBlockStartActionsCount
            + info.CompilationActionsCount + info.CompilationEndActionsCount;
    }
}
