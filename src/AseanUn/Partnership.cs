using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.BuiltIn;
using AseanUn.Collections;
using AseanUn.Json;

namespace AseanUn;

/// <summary>The entry point: the built-in dataset of the ASEAN–UN Comprehensive Partnership, alone or with its shipped layers.</summary>
public static class Partnership
{

    /// <summary>
    /// Gets the built-in dataset: every fact of the ASEAN Secretariat's "Overview of ASEAN-UN Cooperation"
    /// (status as of early 2017), and nothing else. It is embedded in the assembly in a compact form that a small reader turns into records on first access.
    /// </summary>
    public static PartnershipDataset Current => BuiltInHolder.Dataset;

    /// <summary>
    /// Gets the built-in dataset with the layers shipped in the library merged on top: later public documents that add
    /// records, status steps and citations, each value citing its document (see <see cref="LayerNames"/>).
    /// </summary>
    /// <remarks>
    /// The layers are merge files (<see cref="DatasetJson.Merge(PartnershipDataset, Stream, string?)"/>) that the library's
    /// build merges and validates; what they add or change is embedded in the same compact form as the built-in dataset,
    /// so a first access parses no JSON and costs the same however many layers ship.
    /// </remarks>
    public static PartnershipDataset WithLayers => LayeredHolder.Dataset;

    /// <summary>Gets the names of the shipped layers, in the order they are merged: by as-of date, then by name (ordinal).</summary>
    /// <remarks>
    /// <para>
    /// A layer's name is its header's <c>layer.name</c>, or else its file name without the <c>.json</c> extension, e.g.
    /// <c>chairmans-statement-9th-asean-un-summit</c>, which is also the id of the source document the layer adds: look
    /// it up in <see cref="WithLayers"/> to read the document's title, date and address.
    /// </para>
    /// <para>
    /// The order depends on what the layers say, never on their file names, so that each layer is merged onto the
    /// layers dated before it. The names are those of <see cref="WithLayers"/>'s <see cref="PartnershipDataset.Layers"/>,
    /// which also give each layer's edition, as-of date, source documents and requirements.
    /// </para>
    /// </remarks>
    public static EquatableArray<string> LayerNames => LayerNamesHolder.Names;

    private static EquatableArray<string> FindLayerNames(PartnershipDataset layered)
    {
        var names = new List<string>();
        foreach (var layer in layered.Layers)
        {
            names.Add(layer.Name);
        }

        return EquatableArray.From(names);
    }

    // Each holder's type initialiser runs once, on first use, and the runtime makes racing threads wait for it: the lazy
    // start-up of a Lazy<T> without its generic code to compile first. A process that reads only Current never
    // initialises LayeredHolder, so never reads the layered data.
    private static class BuiltInHolder
    {
        public static readonly PartnershipDataset Dataset = BuiltInData.Create();
    }

    private static class LayeredHolder
    {
        public static readonly PartnershipDataset Dataset = BuiltInData.CreateLayered(BuiltInHolder.Dataset);
    }

    private static class LayerNamesHolder
    {
        public static readonly EquatableArray<string> Names = FindLayerNames(LayeredHolder.Dataset);
    }
}
