using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Recognises the dataset's small record factories that pass their <c>params int[]</c> straight to
/// <c>Cite.Paragraphs</c>, e.g. <c>Line(code, area, name, params int[] paragraphs)</c>: at their call sites the
/// trailing numbers are the record's citations. Read from the factory's syntax once and cached.
/// </summary>
internal sealed class ParagraphFactories
{
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _forwarding = new(SymbolEqualityComparer.Default);

    public bool ForwardsParagraphs(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        if (method.Parameters.IsEmpty || !method.Parameters[method.Parameters.Length - 1].IsParams)
        {
            return false;
        }

        return _forwarding.GetOrAdd(method, m => Scan(m, cancellationToken));
    }

    private static bool Scan(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var parameterName = method.Parameters[method.Parameters.Length - 1].Name;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
                    && invocation.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax argument
                    && argument.Identifier.ValueText == parameterName
                    && NameOf(invocation.Expression) == "Paragraphs")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };
}
