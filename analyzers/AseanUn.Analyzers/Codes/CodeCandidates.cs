using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// From the places where a tree writes a name that reaches a mark (<see cref="ReachableMarks.Names"/>), the syntax
/// whose operation may pass a code there: the call or creation the name is invoked or created by, a constructor
/// initializer or target-typed <c>new(…)</c> with arguments, the attribute it names (or whose named argument it is), the
/// assignment it is the target of (and the creation whose initialiser holds it), and the initialisers of the field,
/// property or parameters it declares. Each node is found once, in order, and nothing is bound.
/// </summary>
internal static class CodeCandidates
{
    /// <summary>Gets the candidate nodes of <paramref name="root"/> at the <paramref name="positions"/> a name starts at.</summary>
    public static List<SyntaxNode> Find(SyntaxNode root, int[] positions, ReachableMarks reachable)
    {
        var found = new List<SyntaxNode>();
        var seen = new HashSet<SyntaxNode>();
        foreach (var position in positions)
        {
            // A name in a comment lies in trivia, outside the token's span; one in a string is inside a literal token.
            var token = root.FindToken(position);
            if (token.Span.Contains(position))
            {
                AddFrom(token, reachable, found, seen);
            }
        }

        return found;
    }

    private static void AddFrom(SyntaxToken token, ReachableMarks reachable, List<SyntaxNode> found, HashSet<SyntaxNode> seen)
    {
        switch (token.Parent)
        {
            case SimpleNameSyntax name when token.IsKind(SyntaxKind.IdentifierToken):
                AddFromName(name, found, seen);
                break;
            case ImplicitObjectCreationExpressionSyntax creation when creation.ArgumentList.Arguments.Count > 0
                && (TargetTypes.NameOf(creation) is not { } target || reachable.Reaches(target)):
                Add(creation, found, seen);
                break;
            case ConstructorInitializerSyntax initializer when initializer.ArgumentList.Arguments.Count > 0:
                Add(initializer, found, seen);
                break;
            case VariableDeclaratorSyntax { Initializer: { } value, Parent.Parent: BaseFieldDeclarationSyntax }:
                Add(value, found, seen);
                break;
            case PropertyDeclarationSyntax { Initializer: { } value }:
                Add(value, found, seen);
                break;
            case BaseMethodDeclarationSyntax method:
                AddDefaults(method.ParameterList, found, seen);
                break;
            case TypeDeclarationSyntax type:
                AddDefaults(type.ParameterList, found, seen);
                break;
        }
    }

    private static void AddFromName(SimpleNameSyntax name, List<SyntaxNode> found, HashSet<SyntaxNode> seen)
    {
        // The whole name or member access the simple name ends.
        SyntaxNode whole = name;
        while (whole.Parent is { } parent
            && ((parent is QualifiedNameSyntax qualified && qualified.Right == whole)
                || (parent is AliasQualifiedNameSyntax aliased && aliased.Name == whole)
                || (parent is MemberAccessExpressionSyntax access && access.Name == whole)
                || (parent is MemberBindingExpressionSyntax binding && binding.Name == whole)))
        {
            whole = parent;
        }

        switch (whole.Parent)
        {
            case InvocationExpressionSyntax invocation when invocation.Expression == whole:
                Add(invocation, found, seen);
                break;
            case ObjectCreationExpressionSyntax creation when creation.Type == whole && (creation.ArgumentList is not null || creation.Initializer is not null):
                Add(creation, found, seen);
                break;
            case AttributeSyntax attribute when attribute.Name == whole:
                Add(attribute, found, seen);
                break;
            case PrimaryConstructorBaseTypeSyntax baseType when baseType.Type == whole:
                Add(baseType, found, seen);
                break;
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == whole:
                Add(assignment, found, seen);

                // The creation joins the codes its initialiser assigns to the hierarchy check of its arguments.
                if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax initialized })
                {
                    Add(initialized, found, seen);
                }

                break;
            case NameEqualsSyntax { Parent: AttributeArgumentSyntax { Parent.Parent: AttributeSyntax attribute } }:
                Add(attribute, found, seen);
                break;
        }
    }

    private static void AddDefaults(BaseParameterListSyntax? parameters, List<SyntaxNode> found, HashSet<SyntaxNode> seen)
    {
        foreach (var parameter in parameters?.Parameters ?? default)
        {
            if (parameter.Default is { } value)
            {
                Add(value, found, seen);
            }
        }
    }

    private static void Add(SyntaxNode node, List<SyntaxNode> found, HashSet<SyntaxNode> seen)
    {
        if (seen.Add(node))
        {
            found.Add(node);
        }
    }
}
