using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Tells which parameters, properties and fields carry [PillarCode], [AreaCode] or [ActionLineCode], directly or on
/// the member they override. Answers are cached for the compilation.
/// </summary>
internal sealed class MarkedPlaces
{
    private const int MaxOverrideDepth = 16;

    private readonly INamedTypeSymbol? _pillarAttribute;
    private readonly INamedTypeSymbol? _areaAttribute;
    private readonly INamedTypeSymbol? _actionLineAttribute;
    private readonly ConcurrentDictionary<ISymbol, CodeKind> _cache = new(SymbolEqualityComparer.Default);

    private MarkedPlaces(INamedTypeSymbol? pillarAttribute, INamedTypeSymbol? areaAttribute, INamedTypeSymbol? actionLineAttribute)
    {
        _pillarAttribute = pillarAttribute;
        _areaAttribute = areaAttribute;
        _actionLineAttribute = actionLineAttribute;
    }

    /// <summary>Resolves the marker attributes, or returns <see langword="null"/> when the compilation has none of them.</summary>
    public static MarkedPlaces? TryCreate(Compilation compilation)
    {
        var pillar = compilation.GetTypeByMetadataName(KnownNames.PillarCodeAttribute);
        var area = compilation.GetTypeByMetadataName(KnownNames.AreaCodeAttribute);
        var line = compilation.GetTypeByMetadataName(KnownNames.ActionLineCodeAttribute);
        return pillar is null && area is null && line is null ? null : new MarkedPlaces(pillar, area, line);
    }

    public CodeKind KindOf(ISymbol? symbol) =>
        symbol is IParameterSymbol or IPropertySymbol or IFieldSymbol
            ? _cache.GetOrAdd(symbol.OriginalDefinition, Resolve)
            : CodeKind.None;

    private CodeKind Resolve(ISymbol symbol)
    {
        for (var depth = 0; symbol is not null && depth < MaxOverrideDepth; depth++)
        {
            var kind = KindFromAttributes(symbol);
            if (kind != CodeKind.None)
            {
                return kind;
            }

            symbol = Overridden(symbol)!;
        }

        return CodeKind.None;
    }

    private CodeKind KindFromAttributes(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _actionLineAttribute))
            {
                return CodeKind.ActionLine;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _areaAttribute))
            {
                return CodeKind.Area;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _pillarAttribute))
            {
                return CodeKind.Pillar;
            }
        }

        return CodeKind.None;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.OverriddenProperty,
        IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } overridden } } parameter
            when parameter.Ordinal < overridden.Parameters.Length => overridden.Parameters[parameter.Ordinal],
        IParameterSymbol { ContainingSymbol: IPropertySymbol { OverriddenProperty: { } overriddenIndexer } } parameter
            when parameter.Ordinal < overriddenIndexer.Parameters.Length => overriddenIndexer.Parameters[parameter.Ordinal],
        _ => null,
    };
}
