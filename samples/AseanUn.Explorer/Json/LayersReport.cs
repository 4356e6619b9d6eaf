using System.Collections.Generic;
using System.Linq;

namespace AseanUn.Explorer.Json;

/// <summary>The output of <c>layers --json</c>: the stack's manifest (<see cref="PartnershipDataset.Layers"/>).</summary>
/// <param name="Edition">The stack's edition, which names its layers.</param>
/// <param name="BaseEdition">The edition of the dataset at the bottom of the stack.</param>
/// <param name="AsOf">The stack's as-of date (EDTF).</param>
/// <param name="Layers">The applied layers, in the order they were merged; empty for a dataset alone.</param>
/// <param name="Retractions">What the layers withdrew (<see cref="PartnershipDataset.Retractions"/>): records, which the stack no longer holds, and values.</param>
internal sealed record LayersReport(string Edition, string BaseEdition, string AsOf, IReadOnlyList<LayerItem> Layers, IReadOnlyList<RetractionItem> Retractions);

/// <summary>One applied layer (<see cref="DatasetLayer"/>).</summary>
/// <param name="Name">The layer's name.</param>
/// <param name="Edition">The layer's edition.</param>
/// <param name="AsOf">The layer's as-of date (EDTF).</param>
/// <param name="SourceDocumentIds">The source documents it added or cited.</param>
/// <param name="Requires">The editions it requires below it.</param>
internal sealed record LayerItem(string Name, string Edition, string AsOf, IReadOnlyList<string> SourceDocumentIds, IReadOnlyList<string> Requires)
{
    /// <summary>Returns the item for <paramref name="layer"/>.</summary>
    public static LayerItem Of(DatasetLayer layer) =>
        new(layer.Name, layer.Edition, layer.AsOf.ToString(), [.. layer.SourceDocumentIds], [.. layer.Requires]);
}

/// <summary>One retraction (<see cref="Model.Retraction"/>): a record or one of its values a later source withdrew.</summary>
/// <param name="RecordId">The record retracted, or whose value is.</param>
/// <param name="Property">The value's property by its JSON name; left out when the whole record is retracted.</param>
/// <param name="Reason">Why it was withdrawn.</param>
/// <param name="Evidence">The later source's citations.</param>
internal sealed record RetractionItem(string RecordId, string? Property, string Reason, IReadOnlyList<SourceItem> Evidence)
{
    /// <summary>Returns the item for <paramref name="retraction"/>, its evidence described from <paramref name="dataset"/>.</summary>
    public static RetractionItem Of(PartnershipDataset dataset, Model.Retraction retraction) =>
        new(retraction.RecordId, retraction.Property, retraction.Reason, SourceItem.Of(dataset, retraction.Evidence.Select(e => e.Citation)));
}
