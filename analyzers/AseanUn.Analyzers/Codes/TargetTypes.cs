using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// The type a target-typed <c>new(…)</c> creates, where its syntax writes it: the declared type of the variable,
/// field or property it initialises, the return type of the (non-async) method, local function, operator or property
/// whose expression body or return statement it is, or the element type of the array it is an element of. A creation
/// whose type is written by a name that cannot reach a mark calls no marked constructor, and is never bound.
/// </summary>
internal static class TargetTypes
{
    /// <summary>Gets the simple name of the type <paramref name="creation"/> creates, or <see langword="null"/> when its syntax does not tell.</summary>
    public static string? NameOf(ImplicitObjectCreationExpressionSyntax creation) => NameOf(TypeOf(creation));

    private static TypeSyntax? TypeOf(ExpressionSyntax value) => value.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        ArrowExpressionClauseSyntax { Parent: var owner } => ReturnTypeOf(owner),
        ReturnStatementSyntax statement => ReturnTypeOf(EnclosingFunction(statement)),
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } elements => ElementTypeOf(elements),
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => ElementTypeOf(TypeOf(collection)),
        _ => null,
    };

    private static TypeSyntax? ReturnTypeOf(SyntaxNode? function) => function switch
    {
        MethodDeclarationSyntax method when !IsAsync(method.Modifiers) => method.ReturnType,
        LocalFunctionStatementSyntax local when !IsAsync(local.Modifiers) => local.ReturnType,
        OperatorDeclarationSyntax op => op.ReturnType,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type,
        BasePropertyDeclarationSyntax property => property.Type,
        _ => null,
    };

    // The function a return statement returns from: a lambda's or accessor's return type is not written plainly.
    private static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax or LocalFunctionStatementSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                    return current;
                case AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static TypeSyntax? ElementTypeOf(InitializerExpressionSyntax elements) => elements.Parent switch
    {
        ArrayCreationExpressionSyntax array => array.Type.ElementType,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => ElementTypeOf(declaration.Type),
        _ => null,
    };

    private static TypeSyntax? ElementTypeOf(TypeSyntax? collection) => collection is ArrayTypeSyntax { RankSpecifiers.Count: 1 } array ? array.ElementType : null;

    private static TypeSyntax? TypeOf(CollectionExpressionSyntax collection) => collection.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        _ => null,
    };

    private static bool IsAsync(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.AsyncKeyword);

    private static string? NameOf(TypeSyntax? type) => type switch
    {
        NullableTypeSyntax nullable => NameOf(nullable.ElementType),
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        IdentifierNameSyntax { IsVar: true } => null,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
        _ => null,
    };
}
