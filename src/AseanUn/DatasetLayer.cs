using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn;

/// <summary>
/// One layer applied to a dataset: a later document's merge file (or an in-memory <see cref="PartnershipDataset.Merge"/>),
/// as <see cref="PartnershipDataset.Layers"/> lists it, in the order the layers were applied.
/// </summary>
public sealed record DatasetLayer
{
    /// <summary>Gets the layer's name: its header's <c>layer.name</c>, else its file name without <c>.json</c>, else its edition.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the layer's edition, the unique id of the layer that other layers name in their <c>requires</c>.</summary>
    public required string Edition { get; init; }

    /// <summary>Gets the layer's as-of date: nothing the layer states is later.</summary>
    public required PartialDate AsOf { get; init; }

    /// <summary>Gets the ids of the source documents the layer added or cited, added ones first, each once.</summary>
    public EquatableArray<string> SourceDocumentIds { get; init; }

    /// <summary>Gets the editions the layer builds on: each must be the base edition or a layer already in the stack.</summary>
    public EquatableArray<string> Requires { get; init; }
}
