using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Tells which parameters, properties and fields carry [PillarCode], [AreaCode] or [ActionLineCode], directly or on
/// the member they override, and which methods, constructors and indexers have such a parameter. Answers are cached
/// per symbol for the compilation, so the common question — "is there anything to check here?" — is one look-up that
/// allocates nothing.
/// </summary>
internal sealed class MarkedPlaces
{
    private const int MaxOverrideDepth = 16;

    private readonly INamedTypeSymbol? _pillarAttribute;
    private readonly INamedTypeSymbol? _areaAttribute;
    private readonly INamedTypeSymbol? _actionLineAttribute;
    private readonly ConcurrentDictionary<ISymbol, CodeKind> _cache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _hasMarkedParameter = new(SymbolEqualityComparer.Default);

    // Cached delegates: a method group converted at each call would allocate on the hot path.
    private readonly Func<ISymbol, CodeKind> _resolve;
    private readonly Func<ISymbol, bool> _anyParameterMarked;
    private readonly Lazy<MarkedAttributeNames> _attributeNames;

    private MarkedPlaces(Compilation compilation, INamedTypeSymbol? pillarAttribute, INamedTypeSymbol? areaAttribute, INamedTypeSymbol? actionLineAttribute)
    {
        _pillarAttribute = pillarAttribute;
        _areaAttribute = areaAttribute;
        _actionLineAttribute = actionLineAttribute;
        _resolve = Resolve;
        _anyParameterMarked = AnyParameterMarked;
        var aseanUn = (actionLineAttribute ?? areaAttribute ?? pillarAttribute)!.ContainingAssembly;
        _attributeNames = new Lazy<MarkedAttributeNames>(() => MarkedAttributeNames.Create(compilation, this, aseanUn), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the names by which an attribute that can carry a code may be written, found on first use.</summary>
    public MarkedAttributeNames AttributeNames => _attributeNames.Value;

    /// <summary>Resolves the marker attributes, or returns <see langword="null"/> when the compilation has none of them.</summary>
    public static MarkedPlaces? TryCreate(Compilation compilation)
    {
        var pillar = compilation.GetTypeByMetadataName(KnownNames.PillarCodeAttribute);
        var area = compilation.GetTypeByMetadataName(KnownNames.AreaCodeAttribute);
        var line = compilation.GetTypeByMetadataName(KnownNames.ActionLineCodeAttribute);
        return pillar is null && area is null && line is null ? null : new MarkedPlaces(compilation, pillar, area, line);
    }

    public CodeKind KindOf(ISymbol? symbol) =>
        symbol is IParameterSymbol or IPropertySymbol or IFieldSymbol
            ? _cache.GetOrAdd(symbol.OriginalDefinition, _resolve)
            : CodeKind.None;

    /// <summary>Gets whether any parameter of a method, constructor or indexer is marked.</summary>
    public bool HasMarkedParameter(ISymbol? member) => member switch
    {
        IMethodSymbol { Parameters.IsEmpty: false } method => _hasMarkedParameter.GetOrAdd(method.OriginalDefinition, _anyParameterMarked),
        IPropertySymbol { Parameters.IsEmpty: false } indexer => _hasMarkedParameter.GetOrAdd(indexer.OriginalDefinition, _anyParameterMarked),
        _ => false,
    };

    private bool AnyParameterMarked(ISymbol member)
    {
        var parameters = member is IMethodSymbol method ? method.Parameters : ((IPropertySymbol)member).Parameters;
        foreach (var parameter in parameters)
        {
            if (KindOf(parameter) != CodeKind.None)
            {
                return true;
            }
        }

        return false;
    }

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
