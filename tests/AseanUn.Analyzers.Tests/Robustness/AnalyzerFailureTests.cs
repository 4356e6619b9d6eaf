using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers.Tests.Robustness;

/// <summary>
/// A defect in a rule reaches the developer as Roslyn's AD0001 warning, in whatever configuration the analyzers were
/// built: the shared start-up of every AseanUn analyzer does not catch what a rule throws.
/// </summary>
public sealed class AnalyzerFailureTests
{
    [Fact]
    public async Task A_rule_that_throws_while_starting_shows_up_as_AD0001()
    {
        var diagnostics = await RunAsync(new ThrowingAtStart());

        var failure = Assert.Single(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(nameof(ThrowingAtStart), failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("a defect in a rule", failure.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_that_throws_in_a_callback_shows_up_as_AD0001()
    {
        var diagnostics = await RunAsync(new ThrowingInCallback());

        Assert.Contains(diagnostics, d => d.Id == "AD0001" && d.GetMessage().Contains(nameof(ThrowingInCallback), StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer)
    {
        var references = await TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("class C { void M() => M(); }")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // No exception handler: the driver turns the exception into AD0001, as it does in a build.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers([analyzer], options).GetAllDiagnosticsAsync(CancellationToken.None);
    }

#pragma warning disable RS1001, RS1012, RS1036, RS2008 // Test-only analyzers, never shipped.
    private static readonly DiagnosticDescriptor Unused = new("TEST0001", "unused", "unused", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private sealed class ThrowingAtStart : AseanUnAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
            throw new InvalidOperationException("a defect in a rule");
    }

    private sealed class ThrowingInCallback : AseanUnAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
            context.RegisterOperationAction(_ => throw new InvalidOperationException("a defect in a rule"), OperationKind.Invocation);
    }
#pragma warning restore RS1001, RS1012, RS1036, RS2008
}
