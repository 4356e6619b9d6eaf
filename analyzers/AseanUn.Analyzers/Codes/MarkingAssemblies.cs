using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Finds the assemblies of a compilation whose members may carry a code mark: a custom attribute refers to its type's
/// assembly, so only the compilation itself, AseanUn, and the references that reach AseanUn through their own
/// references can hold one. Everything else — the framework, most packages — is ruled out by its assembly alone.
/// </summary>
internal static class MarkingAssemblies
{
    /// <summary>Gets the compilation's own assembly, <paramref name="aseanUn"/>, and every reference that references AseanUn, directly or through another.</summary>
    public static ImmutableArray<IAssemblySymbol> Of(Compilation compilation, IAssemblySymbol aseanUn)
    {
        var found = ImmutableArray.CreateBuilder<IAssemblySymbol>();
        found.Add(compilation.Assembly);
        if (!SymbolEqualityComparer.Default.Equals(aseanUn, compilation.Assembly))
        {
            found.Add(aseanUn);
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { aseanUn.Identity.Name };
        var pending = new List<IAssemblySymbol>(compilation.SourceModule.ReferencedAssemblySymbols);
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (!SymbolEqualityComparer.Default.Equals(pending[i], aseanUn) && ReferencesAny(pending[i], names))
                {
                    found.Add(pending[i]);
                    names.Add(pending[i].Identity.Name);
                    pending.RemoveAt(i);
                    changed = true;
                }
            }
        }

        return found.ToImmutable();
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
}
