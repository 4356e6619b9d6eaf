using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers;

/// <summary>
/// What every AseanUn analyzer shares: concurrent, blind to generated code, and set up once per compilation by a
/// guarded start action that registers nothing when the compilation has nothing to check.
/// </summary>
public abstract class AseanUnAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(AnalyzerGuard.Wrap<CompilationStartAnalysisContext>(OnCompilationStart));
    }

    /// <summary>Resolves what the rules need from the compilation and registers the callbacks, or nothing.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
