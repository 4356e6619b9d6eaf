using System;
using System.IO;
using AseanUn.Stacking;

namespace AseanUn.Tests.Stacking;

/// <summary>Shipped layers merge by as-of date, then name, never by the accident of file names.</summary>
public sealed class LayerOrderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aseanun-layers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string file, string asOf, string? name = null)
    {
        var path = Path.Combine(_folder, file);
        var header = name is null ? "" : $$""" "layer": { "name": "{{name}}" }, """;
        File.WriteAllText(path, $$"""{ "version": 2, "edition": "{{file}}", "asOf": "{{asOf}}", {{header}} "records": {} }""");
        return path;
    }

    [Fact]
    public void Layers_are_ordered_by_as_of_date_then_by_name()
    {
        var late = Write("a-2019-summit.json", "2019-11-03");
        var early = Write("z-2017-press-release.json", "2017-12-15");
        var sameDayB = Write("b.json", "2018-06");
        var sameDayA = Write("c.json", "2018-06", name: "a-named-in-its-header");

        Assert.Equal([early, sameDayA, sameDayB, late], LayerOrder.OfFiles([late, sameDayB, early, sameDayA]));
    }

    [Fact]
    public void The_shipped_layer_names_are_the_manifest_of_the_shipped_stack()
    {
        Assert.Equal([.. System.Linq.Enumerable.Select(Partnership.WithLayers.Layers, l => l.Name)], Partnership.LayerNames);
        Assert.Contains("chairmans-statement-9th-asean-un-summit", Partnership.LayerNames);
    }
}
