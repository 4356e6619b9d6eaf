using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// Tells whether a diagnostic sits on a value given to a place marked [PillarCode], [AreaCode] or [ActionLineCode]:
/// an argument, an assignment or an initialiser of a marked parameter, property or field. Code that deliberately
/// passes codes (the library's own tests pass wrong ones on purpose) is told apart this way from everything else.
/// </summary>
internal static class MarkedTargets
{
    private static readonly string[] Markers = ["AseanUn.PillarCodeAttribute", "AseanUn.AreaCodeAttribute", "AseanUn.ActionLineCodeAttribute"];

    public static bool IsAtMarkedPlace(Compilation compilation, Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return false;
        }

        var model = compilation.GetSemanticModel(tree);
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        for (var operation = model.GetOperation(node); operation is not null; operation = operation.Parent)
        {
            var target = operation switch
            {
                IArgumentOperation argument => argument.Parameter,
                ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } => member.Member,
                IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
                IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
                IParameterInitializerOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (target is not null)
            {
                return IsMarked(target);
            }
        }

        return false;
    }

    private static bool IsMarked(ISymbol symbol)
    {
        for (ISymbol? current = symbol.OriginalDefinition; current is not null; current = Overridden(current))
        {
            if (current.GetAttributes().Any(a => Markers.Contains(a.AttributeClass?.ToDisplayString())))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.OverriddenProperty,
        IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } method } } parameter => method.Parameters[parameter.Ordinal],
        _ => null,
    };
}
