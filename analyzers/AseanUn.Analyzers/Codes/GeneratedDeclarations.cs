using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Tells whether a node lies in a declaration the analyzer driver treats as generated code, beyond a generated file:
/// one whose symbol, or a type containing it, carries <c>[GeneratedCode]</c>, or that starts in a <c>#line hidden</c>
/// region. The driver tells operation callbacks so per declaration; a callback per tree must ask it per node — only
/// where a diagnostic is about to be reported.
/// </summary>
internal static class GeneratedDeclarations
{
    private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    private static readonly SourceNames AttributeNames = new(["GeneratedCode", "GeneratedCodeAttribute"]);

    /// <summary>
    /// Gets <c>[GeneratedCode]</c>'s type where a tree of the compilation writes its name (a using alias of it
    /// included), or <see langword="null"/>: a source declaration, and the types containing it, carry the attribute
    /// only where their source writes it, so most compilations need no symbol looked up at all.
    /// </summary>
    public static INamedTypeSymbol? AttributeIn(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (AttributeNames.Find(tree).Length > 0)
            {
                return compilation.GetTypeByMetadataName(GeneratedCodeAttribute);
            }
        }

        return null;
    }

    public static bool Contain(SyntaxNode node, SemanticModel model, INamedTypeSymbol? generatedCode, CancellationToken cancellationToken)
    {
        var declaration = DeclarationOf(node);
        if (declaration is null)
        {
            return false;
        }

        var tree = declaration.SyntaxTree;
        if (tree.HasHiddenRegions() && tree.GetLineVisibility(declaration.SpanStart, cancellationToken) == LineVisibility.Hidden)
        {
            return true;
        }

        // As the driver asks: the symbol and those containing it, up to its namespace.
        for (var symbol = generatedCode is null ? null : model.GetDeclaredSymbol(declaration, cancellationToken);
            symbol is not null and not INamespaceSymbol;
            symbol = symbol.ContainingSymbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, generatedCode))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The declaration whose symbol the driver reports the node's operations under: a member, accessor, expression-bodied
    // getter, field variable, enum member, delegate or type — or the compilation unit, for top-level statements.
    private static SyntaxNode? DeclarationOf(SyntaxNode node)
    {
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AccessorDeclarationSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or EnumMemberDeclarationSyntax
                    or DelegateDeclarationSyntax or BaseTypeDeclarationSyntax or CompilationUnitSyntax:
                case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax }:
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax }:
                    return current;
                case BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0:
                    return field.Declaration.Variables[0];
            }
        }

        return null;
    }
}
