using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Where the contributor rules run, and what the authoring attributes say about a member. Attributes are matched by
/// name because the model may come from source or from a reference that has its own internal copies of them.
/// </summary>
internal sealed class DatasetScope
{
    private const int MaxOverrideDepth = 16;
    private const string CiteReportField = "Report";

    private readonly ConcurrentDictionary<ISymbol, bool> _recordIds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>?> _references = new(SymbolEqualityComparer.Default);

    private DatasetScope(Compilation compilation)
    {
        PartnershipRecord = compilation.GetTypeByMetadataName(KnownNames.PartnershipRecord);
        SourceDocument = compilation.GetTypeByMetadataName(KnownNames.SourceDocument);
        Citation = compilation.GetTypeByMetadataName(KnownNames.Citation);
        PartialDate = compilation.GetTypeByMetadataName(KnownNames.PartialDate);
        LocalDate = compilation.GetTypeByMetadataName(KnownNames.LocalDate);
        YearMonth = compilation.GetTypeByMetadataName(KnownNames.YearMonth);
        DateInterval = compilation.GetTypeByMetadataName(KnownNames.DateInterval);
        Statement = compilation.GetTypeByMetadataName(KnownNames.Statement);
        Evidence = compilation.GetTypeByMetadataName(KnownNames.Evidence);
        StatusEntry = compilation.GetTypeByMetadataName(KnownNames.StatusEntry);
        Instrument = compilation.GetTypeByMetadataName(KnownNames.Instrument);
        Cite = compilation.Assembly.GetTypeByMetadataName(KnownNames.Cite);
        CiteReport = Cite?.GetMembers(CiteReportField).OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string;
    }

    // The model and date types, resolved once; null where the compilation lacks them.
    public INamedTypeSymbol? PartnershipRecord { get; }

    public INamedTypeSymbol? SourceDocument { get; }

    public INamedTypeSymbol? Citation { get; }

    public INamedTypeSymbol? PartialDate { get; }

    public INamedTypeSymbol? LocalDate { get; }

    public INamedTypeSymbol? YearMonth { get; }

    public INamedTypeSymbol? DateInterval { get; }

    // The statement model: a statement, its evidence, an instrument's status step, and the instrument itself.
    public INamedTypeSymbol? Statement { get; }

    public INamedTypeSymbol? Evidence { get; }

    public INamedTypeSymbol? StatusEntry { get; }

    public INamedTypeSymbol? Instrument { get; }

    /// <summary>Gets the dataset source's own citation helper, <c>AseanUn.Data.Cite</c>.</summary>
    public INamedTypeSymbol? Cite { get; }

    /// <summary>Gets the id of the document <c>Cite</c>'s helpers cite (its <c>Report</c> constant), or <see langword="null"/>.</summary>
    public string? CiteReport { get; }

    /// <summary>
    /// Gets the scope of a compilation that defines <c>AseanUn.Authoring.RecordIdAttribute</c> in its own source — the
    /// library itself — or <see langword="null"/> for every other compilation, where the contributor rules stay silent.
    /// </summary>
    public static DatasetScope? TryCreate(Compilation compilation) =>
        compilation.Assembly.GetTypeByMetadataName(KnownNames.RecordIdAttribute) is null ? null : new DatasetScope(compilation);

    public bool IsRecordId(ISymbol? member) =>
        member is IPropertySymbol or IParameterSymbol or IFieldSymbol
        && _recordIds.GetOrAdd(member.OriginalDefinition, m => FindAttribute(m, KnownNames.RecordIdAttribute) is not null);

    /// <summary>Gets the full names of the record types a [RecordReference] member may name, or <see langword="null"/> when it has none.</summary>
    public ImmutableArray<string>? ReferenceTargets(ISymbol? member) =>
        member is IPropertySymbol or IParameterSymbol or IFieldSymbol
            ? _references.GetOrAdd(member.OriginalDefinition, ResolveTargets)
            : null;

    /// <summary>Gets whether a type is a dataset record: it derives from <c>AseanUn.Model.PartnershipRecord</c>.</summary>
    public bool IsRecordType(ITypeSymbol? type)
    {
        if (PartnershipRecord is null)
        {
            return false;
        }

        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, PartnershipRecord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether <paramref name="type"/> is the resolved <paramref name="known"/> type.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

    /// <summary>Gets whether <paramref name="method"/> is one of <c>Cite</c>'s helpers, which cite <see cref="CiteReport"/>.</summary>
    public bool IsCite(IMethodSymbol method) => Cite is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, Cite);

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
