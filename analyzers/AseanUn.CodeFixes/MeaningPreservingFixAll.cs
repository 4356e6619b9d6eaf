using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AseanUn.CodeFixes;

/// <summary>
/// Fix All for the code fixes: offered only where the scope holds a diagnostic whose fix cannot change meaning
/// (<see cref="DiagnosticProperties.MeaningPreserving"/>), and then applying those fixes alone. Where every diagnostic
/// in scope has only guesses, no Fix All is offered at all, rather than one that changes nothing.
/// </summary>
/// <param name="inner">The batch fixer that applies the meaning-preserving fixes.</param>
internal sealed class MeaningPreservingFixAll(FixAllProvider inner) : FixAllProvider
{
    /// <summary>Returns whether <paramref name="diagnostic"/>'s first replacement cannot change what the code means.</summary>
    public static bool PreservesMeaning(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.MeaningPreserving, out var value) && value == "true";

    /// <inheritdoc/>
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => inner.GetSupportedFixAllScopes();

    /// <inheritdoc/>
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        await AnyPreservingMeaningAsync(fixAllContext).ConfigureAwait(false) ? await inner.GetFixAsync(fixAllContext).ConfigureAwait(false) : null;

    private static async Task<bool> AnyPreservingMeaningAsync(FixAllContext context)
    {
        var diagnostics = context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false),
            FixAllScope.Project => await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false),
            _ => default,
        };
        if (context.Scope == FixAllScope.Solution)
        {
            foreach (var project in context.Solution.Projects)
            {
                foreach (var diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                {
                    if (PreservesMeaning(diagnostic))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        foreach (var diagnostic in diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics)
        {
            if (PreservesMeaning(diagnostic))
            {
                return true;
            }
        }

        return false;
    }
}
