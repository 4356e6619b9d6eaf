using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// The names by which an attribute that can carry a code may be written: the simple names (with and without the
/// <c>Attribute</c> suffix) of every attribute type with a marked constructor parameter, property or field, declared in
/// the compilation or in an assembly that (directly or through another) references AseanUn, and every using alias of
/// one. An attribute written by any other name cannot reach a marked place, so it is never bound.
/// </summary>
internal sealed class MarkedAttributeNames
{
    private const string Suffix = "Attribute";
    private const int MaxBaseDepth = 32;

    private readonly HashSet<string> _names;

    private MarkedAttributeNames(HashSet<string> names) => _names = names;

    /// <summary>Gets whether an attribute written as <paramref name="name"/> may be one that carries codes.</summary>
    public bool MayCarryCodes(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax aliased => aliased.Name,
            SimpleNameSyntax plain => plain,
            _ => null,
        };

        // Allocation-free: an identifier token's value text is the string the parser already made.
        return simple is null || _names.Contains(simple.Identifier.ValueText);
    }

    public static MarkedAttributeNames Create(Compilation compilation, MarkedPlaces places, IAssemblySymbol aseanUn)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in AssembliesThatMayMark(compilation, aseanUn))
        {
            AddMarkedAttributes(assembly.GlobalNamespace, places, names);
        }

        if (names.Count > 0)
        {
            AddAliases(compilation, names);
        }

        return new MarkedAttributeNames(names);
    }

    /// <summary>Gets the compilation's own assembly, AseanUn, and every referenced assembly that references one of them.</summary>
    private static List<IAssemblySymbol> AssembliesThatMayMark(Compilation compilation, IAssemblySymbol aseanUn)
    {
        var found = new List<IAssemblySymbol> { compilation.Assembly, aseanUn };
        var names = new HashSet<string>(StringComparer.Ordinal) { aseanUn.Identity.Name };
        var pending = new List<IAssemblySymbol>(compilation.SourceModule.ReferencedAssemblySymbols);
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (ReferencesAny(pending[i], names))
                {
                    found.Add(pending[i]);
                    names.Add(pending[i].Identity.Name);
                    pending.RemoveAt(i);
                    changed = true;
                }
            }
        }

        return found;
    }

    private static bool ReferencesAny(IAssemblySymbol assembly, HashSet<string> names)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (names.Contains(reference.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddMarkedAttributes(INamespaceOrTypeSymbol container, MarkedPlaces places, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                AddMarkedAttributes(ns, places, names);
            }
            else if (member is INamedTypeSymbol type)
            {
                if (IsAttribute(type) && CarriesMarks(type, places))
                {
                    AddName(type.Name, names);
                }

                AddMarkedAttributes(type, places, names);
            }
        }
    }

    private static bool IsAttribute(INamedTypeSymbol type)
    {
        var current = type.BaseType;
        for (var depth = 0; current is not null && depth < MaxBaseDepth; depth++, current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a constructor parameter, or a property or field of the type or its bases, is marked.</summary>
    private static bool CarriesMarks(INamedTypeSymbol type, MarkedPlaces places)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (places.HasMarkedParameter(constructor))
            {
                return true;
            }
        }

        var current = type;
        for (var depth = 0; current is not null && depth < MaxBaseDepth; depth++, current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && places.KindOf(member) != CodeKind.None)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds the alias of every using alias directive whose target is one of the names.</summary>
    private static void AddAliases(Compilation compilation, HashSet<string> names)
    {
        var aliases = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                CollectAliases(unit.Usings, unit.Members, names, aliases);
            }
        }

        foreach (var alias in aliases)
        {
            AddName(alias, names);
        }
    }

    private static void CollectAliases(
        SyntaxList<UsingDirectiveSyntax> usings,
        SyntaxList<MemberDeclarationSyntax> members,
        HashSet<string> names,
        List<string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && directive.Name is { } target && Rightmost(target) is { } simple && names.Contains(simple))
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                CollectAliases(ns.Usings, ns.Members, names, aliases);
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

    private static void AddName(string name, HashSet<string> names)
    {
        names.Add(name);
        if (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            names.Add(name.Substring(0, name.Length - Suffix.Length));
        }
    }
}
