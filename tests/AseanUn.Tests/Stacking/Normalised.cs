using System.Linq;
using System.Text.Json.Nodes;
using AseanUn.Json;

namespace AseanUn.Tests.Stacking;

/// <summary>A dataset's export with its manifest and edition left out and every order normalised: records by id, sources and statements by their text.</summary>
internal static class Normalised
{
    public static string Of(PartnershipDataset dataset)
    {
        var root = JsonNode.Parse(DatasetJson.Export(dataset))!.AsObject();
        root.Remove("layers");
        root.Remove("edition");
        foreach (var (_, group) in root["records"]!.AsObject())
        {
            var records = group!.AsArray().Select(r => r!.DeepClone().AsObject()).OrderBy(r => (string)r["id"]!, System.StringComparer.Ordinal).ToList();
            foreach (var record in records)
            {
                Sort(record, "sources");
                Sort(record, "statements");
            }

            group.AsArray().Clear();
            foreach (var record in records)
            {
                group.AsArray().Add(record);
            }
        }

        return root.ToJsonString();
    }

    private static void Sort(JsonObject record, string property)
    {
        if (record[property] is JsonArray items)
        {
            var sorted = items.Select(i => i!.ToJsonString()).Order(System.StringComparer.Ordinal).ToList();
            items.Clear();
            foreach (var item in sorted)
            {
                items.Add(JsonNode.Parse(item));
            }
        }
    }
}
