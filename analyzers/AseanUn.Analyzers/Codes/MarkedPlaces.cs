using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Tells which parameters, properties and fields carry [PillarCode], [AreaCode] or [ActionLineCode], directly or on
/// the member they override, and which methods, constructors and indexers have such a parameter. A member of an
/// assembly that does not reference AseanUn (the framework, most packages) cannot carry a mark, so it is answered by
/// its assembly alone, before any cache or attribute is consulted; other answers are cached per symbol for the
/// compilation. Either way the common question — "is there anything to check here?" — allocates nothing.
/// </summary>
internal sealed class MarkedPlaces
{
    private const int MaxOverrideDepth = 16;

    private readonly INamedTypeSymbol? _pillarAttribute;
    private readonly INamedTypeSymbol? _areaAttribute;
    private readonly INamedTypeSymbol? _actionLineAttribute;
    private readonly ImmutableArray<IAssemblySymbol> _markingAssemblies;
    // Sized for the members a large compilation calls, so that the tables rarely grow: growing takes every lock, and
    // a thread that waits for it is charged the wait.
    private const int InitialCapacity = 1024;

    // Lock stripes for adding: the driver's threads are few (the environment, where the core count lives, is off
    // limits to analyzers).
    private const int ConcurrencyLevel = 8;

    private readonly ConcurrentDictionary<ISymbol, CodeKind> _cache = new(ConcurrencyLevel, InitialCapacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _hasMarkedParameter = new(ConcurrencyLevel, InitialCapacity, SymbolEqualityComparer.Default);

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
        _markingAssemblies = MarkingAssemblies.Of(compilation, (actionLineAttribute ?? areaAttribute ?? pillarAttribute)!.ContainingAssembly);
        // Publication only: no thread ever waits for another (waiting would be charged to the analyzer as its time).
        _attributeNames = new Lazy<MarkedAttributeNames>(() => MarkedAttributeNames.Create(compilation, this), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>
    /// Gets the assemblies whose members may carry a mark: the compilation's own, AseanUn's, and every referenced
    /// assembly that references AseanUn, directly or through another.
    /// </summary>
    public ImmutableArray<IAssemblySymbol> AssembliesThatMayMark => _markingAssemblies;

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
        symbol is IParameterSymbol or IPropertySymbol or IFieldSymbol && MayMark(symbol)
            ? _cache.GetOrAdd(symbol.OriginalDefinition, _resolve)
            : CodeKind.None;

    /// <summary>Gets whether any parameter of a method, constructor or indexer is marked.</summary>
    /// <remarks>
    /// The assembly is asked first and the parameters only on a cache miss: the public symbol model makes a new
    /// array of parameters on every request, so reading them on each call would allocate on the path that finds nothing.
    /// </remarks>
    public bool HasMarkedParameter(ISymbol? member) => member switch
    {
        IMethodSymbol method when MayMark(method) => _hasMarkedParameter.GetOrAdd(method.OriginalDefinition, _anyParameterMarked),
        IPropertySymbol { IsIndexer: true } indexer when MayMark(indexer) => _hasMarkedParameter.GetOrAdd(indexer.OriginalDefinition, _anyParameterMarked),
        _ => false,
    };

    // A custom attribute names its type's assembly, so a member of an assembly outside the marking ones has no mark;
    // and nothing it overrides has one, since that lies in an assembly it references.
    private bool MayMark(ISymbol symbol)
    {
        var assembly = symbol.ContainingAssembly;
        if (assembly is null)
        {
            return false;
        }

        foreach (var marking in _markingAssemblies)
        {
            if (ReferenceEquals(marking, assembly) || SymbolEqualityComparer.Default.Equals(marking, assembly))
            {
                return true;
            }
        }

        return false;
    }

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
        for (var depth = 0; symbol is not null && MayMark(symbol) && depth < MaxOverrideDepth; depth++)
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
