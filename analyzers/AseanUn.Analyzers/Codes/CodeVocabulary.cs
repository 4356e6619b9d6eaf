using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// The codes the referenced AseanUn defines: the constant fields of PillarCodes, AreaCodes and ActionLineCodes.
/// Read once per compilation, so the rules always agree with the data version in use.
/// </summary>
internal sealed class CodeVocabulary
{
    private readonly Dictionary<string, CodeEntry>[] _byKind;
    private readonly ImmutableArray<CodeEntry>[] _entriesByKind;
    private readonly int[] _longestNameByKind;

    private CodeVocabulary(Dictionary<string, CodeEntry>[] byKind, bool isDefinedInSource)
    {
        _byKind = byKind;
        _entriesByKind = new ImmutableArray<CodeEntry>[byKind.Length];
        _longestNameByKind = new int[byKind.Length];
        for (var i = 0; i < byKind.Length; i++)
        {
            var entries = new List<CodeEntry>(byKind[i].Values);
            entries.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
            _entriesByKind[i] = entries.ToImmutableArray();
            foreach (var entry in entries)
            {
                _longestNameByKind[i] = Math.Max(_longestNameByKind[i], Math.Max(entry.Code.Length, entry.MemberName.Length));
            }
        }

        IsDefinedInSource = isDefinedInSource;
    }

    /// <summary>Gets whether the compilation is the library itself, which defines the codes.</summary>
    public bool IsDefinedInSource { get; }

    /// <summary>Reads the vocabulary, or returns <see langword="null"/> when the compilation does not have all of it.</summary>
    public static CodeVocabulary? TryLoad(Compilation compilation)
    {
        var pillars = compilation.GetTypeByMetadataName(KnownNames.PillarCodes);
        var areas = compilation.GetTypeByMetadataName(KnownNames.AreaCodes);
        var lines = compilation.GetTypeByMetadataName(KnownNames.ActionLineCodes);
        if (pillars is null || areas is null || lines is null)
        {
            return null;
        }

        var byKind = new Dictionary<string, CodeEntry>[(int)CodeKind.ActionLine + 1];
        for (var i = 0; i < byKind.Length; i++)
        {
            byKind[i] = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        }

        Read(pillars, CodeKind.Pillar, byKind[(int)CodeKind.Pillar]);
        Read(areas, CodeKind.Area, byKind[(int)CodeKind.Area]);
        Read(lines, CodeKind.ActionLine, byKind[(int)CodeKind.ActionLine]);
        var inSource = SymbolEqualityComparer.Default.Equals(lines.ContainingAssembly, compilation.Assembly);
        return new CodeVocabulary(byKind, inSource);
    }

    public bool TryGet(CodeKind kind, string code, out CodeEntry entry) =>
        _byKind[(int)kind].TryGetValue(code, out entry!);

    public ImmutableArray<CodeEntry> EntriesOf(CodeKind kind) => _entriesByKind[(int)kind];

    /// <summary>Gets the length of the longest code or constant name of <paramref name="kind"/>: what a suggestion can match.</summary>
    public int LongestNameOf(CodeKind kind) => _longestNameByKind[(int)kind];

    private static void Read(INamedTypeSymbol type, CodeKind kind, Dictionary<string, CodeEntry> target)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string code } field
                && CodeShape.IsWellFormed(code, kind)
                && !target.ContainsKey(code))
            {
                target.Add(code, new CodeEntry(code, kind, type.Name + "." + field.Name, field.Name, SuccessorOf(field)));
            }
        }
    }

    private static string? SuccessorOf(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownNames.SupersededByAttribute
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string successor)
            {
                return successor;
            }
        }

        return null;
    }
}
