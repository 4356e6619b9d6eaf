using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Analyzers.Operations;

/// <summary>A compile-time constant string and the expression it was written as.</summary>
internal readonly struct ConstantString(string value, SyntaxNode syntax)
{
    public string Value { get; } = value;

    public SyntaxNode Syntax { get; } = syntax;

    /// <summary>Gets whether the value is written as a string literal (not a named constant or an expression).</summary>
    public bool IsLiteral => Syntax.IsKind(SyntaxKind.StringLiteralExpression);
}
