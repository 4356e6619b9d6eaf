using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// The names by which an attribute that can carry a code may be written: the simple names (with and without the
/// <c>Attribute</c> suffix) of every attribute type with a marked constructor parameter, property or field in an
/// assembly that (directly or through another) references AseanUn, every using alias of one, and any name a type of the
/// compilation itself is declared with (asked of the declaration table, once per name, without binding anything). An
/// attribute written by any other name cannot reach a marked place, so it is never bound.
/// </summary>
internal sealed class MarkedAttributeNames
{
    private const string Suffix = "Attribute";
    private const int MaxBaseDepth = 32;

    private readonly HashSet<string> _names;
    private readonly ConcurrentDictionary<string, bool> _declaredInSource = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isDeclaredInSource;

    private MarkedAttributeNames(HashSet<string> names, Compilation compilation)
    {
        _names = names;
        _isDeclaredInSource = name => IsDeclaredInSource(compilation, name);
    }

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

        // Allocation-free once a name has been seen: an identifier token's value text is the string the parser made.
        if (simple is null)
        {
            return true;
        }

        var text = simple.Identifier.ValueText;
        return _names.Contains(text) || _declaredInSource.GetOrAdd(text, _isDeclaredInSource);
    }

    // A type the compilation declares by this name (or this name and the suffix) may be an attribute with a marked
    // place; the declaration table answers without binding.
    private static bool IsDeclaredInSource(Compilation compilation, string name) =>
        compilation.ContainsSymbolsWithName(name, SymbolFilter.Type) || compilation.ContainsSymbolsWithName(name + Suffix, SymbolFilter.Type);

    public static MarkedAttributeNames Create(Compilation compilation, MarkedPlaces places)
    {
        // The compilation's own attribute types are found by name in its declaration table, on demand.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in places.AssembliesThatMayMark)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                continue;
            }

            AddMarkedAttributes(assembly.GlobalNamespace, places, names);
        }

        AddAliases(compilation, names);
        return new MarkedAttributeNames(names, compilation);
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

    /// <summary>Adds the alias of every using alias directive whose target is one of the names or a type of the compilation.</summary>
    private static void AddAliases(Compilation compilation, HashSet<string> names)
    {
        foreach (var alias in UsingAliases.Of(compilation, simple => names.Contains(simple) || IsDeclaredInSource(compilation, simple)))
        {
            AddName(alias, names);
        }
    }

    private static void AddName(string name, HashSet<string> names)
    {
        names.Add(name);
        if (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            names.Add(name.Substring(0, name.Length - Suffix.Length));
        }
    }
}
