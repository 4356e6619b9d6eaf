using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Finds the using aliases of a compilation (global ones included) by the simple name of what they stand for, from
/// the using directives of each tree — without binding anything.
/// </summary>
internal static class UsingAliases
{
    /// <summary>Gets the alias of every using alias directive whose target's rightmost simple name satisfies <paramref name="isTarget"/>.</summary>
    public static List<string> Of(Compilation compilation, Func<string, bool> isTarget)
    {
        var aliases = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                Collect(unit.Usings, unit.Members, isTarget, aliases);
            }
        }

        return aliases;
    }

    private static void Collect(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, Func<string, bool> isTarget, List<string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && directive.Name is { } target && Rightmost(target) is { } simple && isTarget(simple))
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Collect(ns.Usings, ns.Members, isTarget, aliases);
            }
        }
    }

    private static string? Rightmost(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax plain => plain.Identifier.ValueText,
        _ => null,
    };
}
