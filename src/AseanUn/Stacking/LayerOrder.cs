using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AseanUn.Dates;

namespace AseanUn.Stacking;

/// <summary>
/// The order shipped layers merge in: by as-of date, then by name (ordinal), so that the order follows what the
/// documents say and never the accident of file names.
/// </summary>
internal static class LayerOrder
{
    /// <summary>Returns the layer files <paramref name="paths"/> in merge order; a file whose head cannot be read sorts first, where its merge reports it.</summary>
    public static List<string> OfFiles(IEnumerable<string> paths)
    {
        var keyed = new List<(PartialDate? AsOf, string Name, string Path)>();
        foreach (var path in paths)
        {
            var (asOf, name) = Head(File.ReadAllBytes(path));
            keyed.Add((asOf, name ?? DocumentLayer.DefaultName(path, ""), path));
        }

        keyed.Sort(static (a, b) => Compare(a.AsOf, a.Name, b.AsOf, b.Name));
        return keyed.ConvertAll(static k => k.Path);
    }

    /// <summary>Orders two layers by as-of date, then name; an unknown date comes first.</summary>
    public static int Compare(PartialDate? asOf, string name, PartialDate? otherAsOf, string otherName)
    {
        var byDate = (asOf, otherAsOf) switch
        {
            ({ } a, { } b) => a.CompareTo(b),
            (null, null) => 0,
            (null, _) => -1,
            _ => 1,
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(name, otherName);
    }

    // Reads only a layer's asOf and layer.name; a document that is not sound enough leaves them unknown.
    private static (PartialDate? AsOf, string? Name) Head(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            PartialDate? asOf = root.TryGetProperty("asOf", out var date) && date.ValueKind == JsonValueKind.String && PartialDate.TryParse(date.GetString(), out var parsed)
                ? parsed : null;
            var name = root.TryGetProperty("layer", out var layer) && layer.ValueKind == JsonValueKind.Object
                && layer.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
            return (asOf, name);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
