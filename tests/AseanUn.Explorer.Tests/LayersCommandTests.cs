using System.IO;
using System.Linq;
using AseanUn.Json;

namespace AseanUn.Explorer.Tests;

/// <summary><c>layers</c> prints the manifest of the stack the command line names, as the library records it.</summary>
public sealed class LayersCommandTests
{
    private const string OnShipped = "tests/AseanUn.Explorer.Tests/Files/layer-on-shipped.json";

    private static readonly PartnershipDataset Stack =
        DatasetJson.Merge(Partnership.WithLayers, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, OnShipped)), OnShipped);

    // The layers shipped in src/AseanUn/Layers, in the order the library merges them.
    private static readonly AseanUn.Collections.EquatableArray<DatasetLayer> Shipped = Partnership.WithLayers.Layers;

    [Fact]
    public void The_built_in_dataset_alone_has_no_layers()
    {
        var line = Assert.Single(ExplorerRun.Of("layers").AssertOk().Lines);
        Assert.Equal("No layers: the dataset alone, edition 2017-03, as of 2017-03. --with-layers and --layer add them.", line);
    }

    [Fact]
    public void Json_gives_the_library_s_manifest_in_merge_order()
    {
        var json = JsonOf.Parse(ExplorerRun.Of("layers", "--with-layers", "--layer", OnShipped, "--json"));
        Assert.Equal(Stack.Edition, json.GetProperty("edition").GetString());
        Assert.Equal("2017-03", json.GetProperty("baseEdition").GetString());
        Assert.Equal("2025-11-01", json.GetProperty("asOf").GetString());
        var layers = json.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(Stack.Layers.Select(l => l.Name), layers.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(Shipped.Count + 1, layers.Count);
        Assert.Equal("joint-press-release-secretariats-annual-meeting-2017", layers[0].GetProperty("name").GetString());
        Assert.Equal(["2017-09-22-secretariats-annual-meeting"], layers[2].GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
        var mine = layers[^1];
        Assert.Equal("example-follow-up-note", mine.GetProperty("name").GetString());
        Assert.Equal("2018-example-follow-up", mine.GetProperty("edition").GetString());
        Assert.Equal("2018-09", mine.GetProperty("asOf").GetString());
        Assert.Equal(["example-follow-up-note"], mine.GetProperty("sourceDocumentIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["2017-11-9th-asean-un-summit"], mine.GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Text_lists_each_layer_under_the_base_and_ends_on_the_stack_s_edition()
    {
        var lines = ExplorerRun.Of("layers", "--with-layers", "--layer", OnShipped).AssertOk().Lines;
        Assert.Equal($"{Shipped.Count + 1} layers on 2017-03", lines[0]);
        Assert.Matches(@"^1 +joint-press-release-secretariats-annual-meeting-2017 +2017-09-22-secretariats-annual-meeting +2017-09-22 +joint-press-release-secretariats-annual-meeting-2017$", lines[3]);
        Assert.Matches(@"^3 +asean-secretariat-news-regional-s2s-meeting-2018 +2018-04-10-regional-s2s-meeting +2018-04-10 +asean-secretariat-news-regional-s2s-meeting-2018 +2017-09-22-secretariats-annual-meeting$", lines[5]);
        Assert.Matches($@"^{Shipped.Count + 1} +example-follow-up-note +2018-example-follow-up +2018-09 +example-follow-up-note +2017-11-9th-asean-un-summit$", lines[^2]);
        Assert.Equal($"Edition {Stack.Edition}, as of 2025-11-01.", lines[^1]);
    }

    [Fact]
    public void What_the_layers_retracted_is_listed_after_them_with_the_reason_and_evidence()
    {
        const string Retraction = "tests/AseanUn.Explorer.Tests/Files/retraction.json";

        var lines = ExplorerRun.Of("layers", "--layer", Retraction).AssertOk().Lines;
        var title = System.Array.IndexOf(lines, "Retracted (2)");
        Assert.True(title > 0, string.Join('\n', lines));
        Assert.Contains(lines[title..], l => l.StartsWith("summit-4 ", System.StringComparison.Ordinal)
            && l.Contains("description", System.StringComparison.Ordinal) && l.EndsWith("Example Erratum (test data) ¶1", System.StringComparison.Ordinal));
        Assert.Contains(lines[title..], l => l.StartsWith("education-for-all-goals-count ", System.StringComparison.Ordinal)
            && l.Contains("(the record)", System.StringComparison.Ordinal) && l.Contains("The erratum withdraws the count.", System.StringComparison.Ordinal));

        var json = JsonOf.Parse(ExplorerRun.Of("layers", "--layer", Retraction, "--json"));
        var retractions = json.GetProperty("retractions").EnumerateArray().ToList();
        Assert.Equal(["summit-4", "education-for-all-goals-count"], retractions.Select(r => r.GetProperty("recordId").GetString()));
        Assert.Equal("description", retractions[0].GetProperty("property").GetString());
        Assert.False(retractions[1].TryGetProperty("property", out _));
        Assert.Equal(2, retractions[1].GetProperty("evidence")[0].GetProperty("paragraph").GetInt32());
        Assert.Empty(JsonOf.Parse(ExplorerRun.Of("layers", "--with-layers", "--json")).GetProperty("retractions").EnumerateArray());
    }
}
