using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Tells the attributes the analyzer driver hands to operation callbacks, already bound, as part of a declaration's
/// code blocks — those of types, members, accessors, enum members, delegates, their parameters and type parameters,
/// and the assembly and module — from the ones it does not: attributes inside bodies, on local functions, lambdas and
/// their parameters, which the analyzer must bind itself. Each attribute is checked by exactly one of the two paths.
/// </summary>
internal static class DeclarationAttributes
{
    /// <summary>Gets whether <paramref name="attribute"/> belongs to a declaration's code blocks.</summary>
    public static bool Contains(AttributeSyntax attribute) => attribute.Parent?.Parent switch
    {
        CompilationUnitSyntax or AccessorDeclarationSyntax => true,
        IncompleteMemberSyntax => false,
        MemberDeclarationSyntax => true,
        ParameterSyntax { Parent.Parent: var owner } => IsDeclaration(owner),
        TypeParameterSyntax { Parent.Parent: var owner } => IsDeclaration(owner),
        _ => false,
    };

    private static bool IsDeclaration(Microsoft.CodeAnalysis.SyntaxNode? owner) => owner is MemberDeclarationSyntax and not IncompleteMemberSyntax;
}
