using System.IO;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Stacking;

/// <summary>A dataset knows its layers: each applied layer's name, edition, as-of date, documents and requirements, in order.</summary>
public sealed class ManifestTests
{
    private const string Statement = "chairmans-statement-9th-asean-un-summit";
    private const string SummitEdition = "2017-11-9th-asean-un-summit";

    [Fact]
    public void The_report_alone_has_no_layers_and_its_export_no_manifest()
    {
        Assert.Empty(Partnership.Current.Layers);
        Assert.Equal("2017-03", Partnership.Current.BaseEdition);
        Assert.Equal("2017-03", Partnership.Current.Edition);
        Assert.DoesNotContain("\"layers\"", DatasetJson.Export(Partnership.Current));
    }

    [Fact]
    public void Merging_a_layer_adds_it_to_the_manifest_and_the_edition_names_the_stack()
    {
        var merged = DatasetJson.Merge(Partnership.Current, ShippedLayerFiles.Text(Statement), $"layers/{Statement}.json");

        var layer = Assert.Single(merged.Layers);
        Assert.Equal(Statement, layer.Name);
        Assert.Equal(SummitEdition, layer.Edition);
        Assert.Equal(PartialDate.Day(2017, 11, 13), layer.AsOf);
        Assert.Equal(Statement, layer.SourceDocumentIds[0]);
        Assert.DoesNotContain("overview-2017", layer.SourceDocumentIds);
        Assert.Empty(layer.Requires);
        Assert.Equal("2017-03", merged.BaseEdition);
        Assert.Equal("2017-03 + " + SummitEdition, merged.Edition);
    }

    [Fact]
    public void The_shipped_stack_compiled_at_build_time_has_the_manifest_a_run_time_merge_gives()
    {
        var atRunTime = ShippedLayerFiles.MergedAtRunTime();

        Assert.NotEmpty(Partnership.WithLayers.Layers);
        Assert.Equal(atRunTime.Layers, Partnership.WithLayers.Layers);
        Assert.Equal(atRunTime.Edition, Partnership.WithLayers.Edition);
        Assert.Equal(atRunTime.BaseEdition, Partnership.WithLayers.BaseEdition);
        Assert.Equal(DatasetJson.Export(atRunTime), DatasetJson.Export(Partnership.WithLayers));
    }

    [Fact]
    public void A_layer_header_names_the_layer_and_what_it_requires()
    {
        var layer = SecondLayer(name: "joint-press-release-s2s-2017", requires: SummitEdition);
        var stack = DatasetJson.Merge(Partnership.WithLayers, layer, "ignored-file-name.json");

        // The new layer goes on top of every shipped one.
        Assert.Equal([.. Partnership.LayerNames, "joint-press-release-s2s-2017"], [.. System.Linq.Enumerable.Select(stack.Layers, l => l.Name)]);
        Assert.Equal([SummitEdition], stack.Layers[^1].Requires);
        Assert.Equal(["s2s-press-release-2017"], stack.Layers[^1].SourceDocumentIds);
        Assert.Equal($"{Partnership.WithLayers.Edition} + 2017-12-s2s", stack.Edition);
    }

    [Fact]
    public void A_layer_without_a_name_is_named_by_its_file_else_by_its_edition()
    {
        var layer = SecondLayer(name: null, requires: null);

        Assert.Equal("press-release", DatasetJson.Merge(Partnership.Current, layer, Path.Combine("data", "press-release.aseanun.json")).Layers[0].Name);
        Assert.Equal("2017-12-s2s", DatasetJson.Merge(Partnership.Current, layer).Layers[0].Name);
    }

    [Fact]
    public void A_required_edition_missing_from_the_stack_is_a_problem_at_its_place()
    {
        var layer = SecondLayer(name: "x", requires: SummitEdition);

        var problem = Assert.Single(DatasetJson.TryMerge(Partnership.Current, layer, "x.json").Problems);
        Assert.Equal(DatasetProblemKind.MissingRequirement, problem.Kind);
        Assert.Equal("$.layer.requires[0]", problem.Path);
        Assert.Equal((7, 18), (problem.Line, problem.Column));
        Assert.Contains("'2017-03'", problem.Message);
    }

    [Fact]
    public void The_in_memory_merge_is_a_layer_too()
    {
        var document = new SourceDocument
        {
            Id = "s2s-note", Title = "Note", Publisher = "ASEAN Secretariat", AsOf = PartialDate.Year(2018), ParagraphCount = 0,
            Sources = [new Citation("s2s-note")],
        };
        var merged = Partnership.Current.Merge("2018-note", PartialDate.Year(2018), [document]);

        Assert.Equal([new DatasetLayer { Name = "2018-note", Edition = "2018-note", AsOf = PartialDate.Year(2018), SourceDocumentIds = ["s2s-note"] }], merged.Layers);
        Assert.Equal("2017-03 + 2018-note", merged.Edition);
    }

    /// <summary>A small real-like layer: a 2017 press release on the Secretariat-to-Secretariat meeting, citing the Plan of Action.</summary>
    internal static string SecondLayer(string? name, string? requires)
    {
        var header = name is null && requires is null ? "" : $$"""
              "layer": {
                "name": {{(name is null ? "null" : $"\"{name}\"")}},
                "requires": [{{(requires is null ? "" : $"\"{requires}\"")}}]
              },
            """;
        return $$"""
            {
              "version": 2,
              "edition": "2017-12-s2s",
              "asOf": "2017-12-15",
            {{header}}
              "records": {
                "sourceDocuments": [
                  {
                    "id": "s2s-press-release-2017",
                    "title": "Joint Press Release of the Secretariat-to-Secretariat Meeting",
                    "publisher": "ASEAN Secretariat",
                    "asOf": "2017-12-15",
                    "paragraphCount": 0,
                    "kind": "statement",
                    "issued": "2017-12-15",
                    "sources": [{ "documentId": "s2s-press-release-2017" }]
                  }
                ]
              },
              "updates": {
                "citations": [{ "recordId": "asean-un-plan-of-action-2016-2020", "sources": [{ "documentId": "s2s-press-release-2017" }] }]
              }
            }
            """;
    }
}
