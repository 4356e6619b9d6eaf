using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Where the contributor rules run, and what the authoring attributes say about a member. Attributes are matched by
/// name because the model may come from source or from a reference that has its own internal copies of them.
/// </summary>
internal sealed class DatasetScope
{
    private const int MaxOverrideDepth = 16;

    private readonly ConcurrentDictionary<ISymbol, bool> _recordIds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>?> _references = new(SymbolEqualityComparer.Default);

    private DatasetScope()
    {
    }

    /// <summary>
    /// Gets the scope of a compilation that defines <c>AseanUn.Authoring.RecordIdAttribute</c> in its own source — the
    /// library itself — or <see langword="null"/> for every other compilation, where the contributor rules stay silent.
    /// </summary>
    public static DatasetScope? TryCreate(Compilation compilation) =>
        compilation.Assembly.GetTypeByMetadataName(KnownNames.RecordIdAttribute) is null ? null : new DatasetScope();

    public bool IsRecordId(ISymbol? member) =>
        member is IPropertySymbol or IParameterSymbol or IFieldSymbol
        && _recordIds.GetOrAdd(member.OriginalDefinition, m => FindAttribute(m, KnownNames.RecordIdAttribute) is not null);

    /// <summary>Gets the full names of the record types a [RecordReference] member may name, or <see langword="null"/> when it has none.</summary>
    public ImmutableArray<string>? ReferenceTargets(ISymbol? member) =>
        member is IPropertySymbol or IParameterSymbol or IFieldSymbol
            ? _references.GetOrAdd(member.OriginalDefinition, ResolveTargets)
            : null;

    /// <summary>Gets whether a type is a dataset record: it derives from <c>AseanUn.Model.PartnershipRecord</c>.</summary>
    public static bool IsRecordType(ITypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == KnownNames.PartnershipRecord)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string>? ResolveTargets(ISymbol member)
    {
        var attribute = FindAttribute(member, KnownNames.RecordReferenceAttribute);
        if (attribute is null)
        {
            return null;
        }

        var targets = ImmutableArray.CreateBuilder<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                foreach (var element in argument.Values)
                {
                    if (element.Value is ITypeSymbol type)
                    {
                        targets.Add(type.ToDisplayString());
                    }
                }
            }
            else if (argument.Value is ITypeSymbol type)
            {
                targets.Add(type.ToDisplayString());
            }
        }

        return targets.ToImmutable();
    }

    private static AttributeData? FindAttribute(ISymbol member, string fullName)
    {
        ISymbol? current = member;
        for (var depth = 0; current is not null && depth < MaxOverrideDepth; depth++)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == fullName)
                {
                    return attribute;
                }
            }

            current = current is IPropertySymbol property ? property.OverriddenProperty : null;
        }

        return null;
    }
}
