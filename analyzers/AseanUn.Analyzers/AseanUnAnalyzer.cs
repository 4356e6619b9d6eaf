using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers;

/// <summary>
/// What every AseanUn analyzer shares: concurrent, blind to generated code (see <see cref="GeneratedCode"/>), and set
/// up once per compilation by a start action that registers nothing when the compilation has nothing to check.
/// </summary>
/// <remarks>
/// No callback is wrapped in a catch-all, in any build configuration: a defect in a rule surfaces as Roslyn's AD0001
/// warning, which names the analyzer and the exception, instead of letting a wrong code pass in silence.
/// </remarks>
public abstract class AseanUnAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>
    /// Gets how the driver treats generated code: by default it calls no callback there and drops any diagnostic
    /// located there. An analyzer that reports in consumers' builds may instead take every callback and return at
    /// once where <c>IsGeneratedCode</c> is set — the same code is skipped, but the driver no longer has to search
    /// each tree the analyzer reports in for generated-code attributes, a walk of every token charged to the analyzer.
    /// </summary>
    private protected virtual GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.None;

    /// <summary>Resolves what the rules need from the compilation and registers the callbacks, or nothing.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
