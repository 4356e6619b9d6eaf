using AseanUn.Json;

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
}
