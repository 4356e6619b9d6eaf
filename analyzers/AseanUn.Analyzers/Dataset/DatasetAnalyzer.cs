using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// A contributor rule: it checks the dataset's own source, so it registers callbacks only in a compilation that
/// defines the authoring attributes itself (<see cref="DatasetScope.TryCreate"/>) and nothing in consumers' builds.
/// </summary>
public abstract class DatasetAnalyzer : AseanUnAnalyzer
{
    /// <inheritdoc/>
    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (DatasetScope.TryCreate(context.Compilation) is { } scope)
        {
            OnDatasetStart(context, scope);
        }
    }

    /// <summary>Registers the rule's callbacks for a compilation of the dataset source.</summary>
    private protected abstract void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope);
}
