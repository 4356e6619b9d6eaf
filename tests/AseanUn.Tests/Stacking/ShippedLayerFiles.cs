using System.IO;

namespace AseanUn.Tests.Stacking;

/// <summary>The shipped layers as the library embeds them, published JSON, to merge at run time as a user would.</summary>
internal static class ShippedLayerFiles
{
    /// <summary>Returns the text of the shipped layer <paramref name="name"/>.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(Partnership).Assembly.GetManifestResourceStream($"AseanUn.Layers.{name}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Merges every shipped layer onto the report at run time, in <see cref="Partnership.LayerNames"/> order, each named by its file.</summary>
    public static PartnershipDataset MergedAtRunTime()
    {
        var dataset = Partnership.Current;
        foreach (var name in Partnership.LayerNames)
        {
            dataset = AseanUn.Json.DatasetJson.Merge(dataset, Text(name), name + ".json");
        }

        return dataset;
    }
}
