using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Stacking;

/// <summary>Any stack exports and imports back equal, and its export names its layers.</summary>
public sealed class StackRoundTripTests
{
    [Fact]
    public void The_shipped_stack_exports_its_manifest_and_imports_back_equal()
    {
        var stack = Partnership.WithLayers;
        var json = DatasetJson.Export(stack);
        var imported = DatasetJson.Import(json);

        Assert.Contains("\"layers\": [", json);
        Assert.Contains("\"name\": \"chairmans-statement-9th-asean-un-summit\"", json);
        Assert.Equal(stack.Layers, imported.Layers);
        Assert.Equal(stack.Edition, imported.Edition);
        Assert.Equal(stack.BaseEdition, imported.BaseEdition);
        Assert.Equal(stack.Records, imported.Records);
        Assert.Equal(json, DatasetJson.Export(imported));
    }

    /// <summary>Stacks of every shape: none, the shipped one, layers with headers, a dispute, an in-memory layer, and an imported stack with one more layer.</summary>
    public static TheoryData<string> Stacks => ["report", "shipped", "headed", "disputed", "in-memory", "imported-then-merged"];

    private static PartnershipDataset Stack(string name) => name switch
    {
        "report" => Partnership.Current,
        "shipped" => Partnership.WithLayers,
        "headed" => DatasetJson.Merge(Partnership.WithLayers, ManifestTests.SecondLayer("s2s", "2017-11-9th-asean-un-summit"), "s2s.json"),
        "disputed" => DatasetJson.Merge(DatasetJson.Merge(Partnership.Current, Layers.ChairsStatement), Layers.PressRelease, "press.json"),
        "in-memory" => Partnership.WithLayers.Merge("2018-note", PartialDate.Year(2018), [new SourceDocument
        {
            Id = "note-2018", Title = "Note", Publisher = "ASEAN Secretariat", AsOf = PartialDate.Year(2018), ParagraphCount = 0, Sources = [new Citation("note-2018")],
        }]),
        _ => DatasetJson.Merge(DatasetJson.Import(DatasetJson.Export(Partnership.WithLayers)), Layers.PressRelease, "press.json"),
    };

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_stack_exports_its_layers_and_imports_back_equal(string name)
    {
        var stack = Stack(name);
        var json = DatasetJson.Export(stack);
        var imported = DatasetJson.Import(json, name + ".json");

        Assert.Equal(stack.Layers, imported.Layers);
        Assert.Equal((stack.Edition, stack.BaseEdition, stack.AsOf), (imported.Edition, imported.BaseEdition, imported.AsOf));
        Assert.Equal(stack.Records, imported.Records);
        Assert.Equal(json, DatasetJson.Export(imported));
        Assert.Equal(stack.Layers.IsEmpty, !json.Contains("\"layers\": [", System.StringComparison.Ordinal));
        foreach (var layer in stack.Layers)
        {
            Assert.Contains($"\"name\": \"{layer.Name}\"", json, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_stack_imported_from_its_export_takes_more_layers_as_the_stack_itself_does()
    {
        var direct = DatasetJson.Merge(Partnership.WithLayers, Layers.PressRelease, "press.json");
        var viaExport = (PartnershipDataset)Stack("imported-then-merged");

        Assert.Equal(DatasetJson.Export(direct), DatasetJson.Export(viaExport));
        Assert.Equal(Partnership.WithLayers.Edition + " + 2017-12-s2s-press-release", viaExport.Edition);
    }
}
