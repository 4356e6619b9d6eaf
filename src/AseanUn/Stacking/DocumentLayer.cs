using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Stacking;

/// <summary>What the head of a document says about the stack: its edition and date, a merge file's <c>layer</c> header, an export's manifest.</summary>
/// <param name="Edition">The document's edition.</param>
/// <param name="AsOf">The document's as-of date.</param>
/// <param name="Layer">The <c>layer</c> header of a merge file, if any.</param>
/// <param name="Layers">The <c>layers</c> manifest of an exported stack, if any.</param>
/// <param name="DocumentName">The document's name in problem reports, e.g. its file path.</param>
internal sealed record DocumentLayer(string Edition, PartialDate AsOf, LayerHeader? Layer, EquatableArray<DatasetLayer> Layers, string? DocumentName)
{
    private static readonly string[] Extensions = [".aseanun.json", ".json"];

    /// <summary>
    /// Returns the dataset of <paramref name="records"/>: alone, an imported stack with its manifest; merged onto
    /// <paramref name="baseDataset"/>, one more layer of it, citing what the records and <paramref name="citedByUpdates"/> cite.
    /// </summary>
    public PartnershipDataset Build(
        List<PartnershipRecord>[] records, PartnershipDataset? baseDataset, IReadOnlyDictionary<string, PartnershipRecord>? changed, IEnumerable<string> citedByUpdates)
    {
        if (baseDataset is null)
        {
            return PartnershipDataset.FromValidated(Edition, AsOf, records, StackEdition.BaseOf(Edition, Layers), Layers);
        }

        var layer = new DatasetLayer
        {
            Name = Layer?.Name is { Length: > 0 } name ? name : DefaultName(DocumentName, Edition),
            Edition = Edition,
            AsOf = AsOf,
            SourceDocumentIds = LayerSources.Of(PartnershipDataset.Flatten(records), citedByUpdates),
            Requires = Layer?.Requires ?? default,
        };
        return baseDataset.MergedWith(layer, AsOf.End >= baseDataset.AsOf.End ? AsOf : baseDataset.AsOf, records, changed);
    }

    /// <summary>Returns a layer's name when its header gives none: the file name without <c>.json</c>, or else the edition.</summary>
    public static string DefaultName(string? documentName, string edition)
    {
        var file = documentName is null ? "" : Path.GetFileName(documentName);
        foreach (var extension in Extensions)
        {
            if (file.Length > extension.Length && file.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return file[..^extension.Length];
            }
        }

        return edition;
    }
}
