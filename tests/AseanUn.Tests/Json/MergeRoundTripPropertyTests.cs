using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Json;

/// <summary>
/// One set of rules for merge and import: over generated layers (a seeded generator, so a failure names its seed and
/// replays), whatever merges exports and imports back equal, and exports the same text again.
/// </summary>
public sealed class MergeRoundTripPropertyTests
{
    // Acts only: a planned or in-preparation step after an act, without a reason, is a status going back (StatusBackwards).
    private static readonly string[] Statuses = ["signed", "adopted", "published", "inForce", "concluded", "issued"];

    private static PartnershipDataset Report => Partnership.Current;

    [Fact]
    public void Whatever_merges_exports_and_imports_back_equal()
    {
        var merged = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var layer = Layer(new Random(seed));
            var result = DatasetJson.TryMerge(Report, layer, $"layer-{seed}.json");
            if (!result.IsValid)
            {
                continue;
            }

            merged++;
            var export = DatasetJson.Export(result.Dataset!);
            var imported = DatasetJson.TryImport(export, $"export-{seed}.json");
            Assert.True(imported.IsValid, $"seed {seed}: {string.Join("\n", imported.Problems.Take(5))}\n{layer}");
            Assert.Equal(result.Dataset!.Records, imported.Dataset!.Records);
            Assert.Equal(export, DatasetJson.Export(imported.Dataset!));
        }

        Assert.True(merged >= 20, $"Only {merged} of 40 generated layers merged; the generator no longer exercises the rules.");
    }

    [Fact]
    public void A_record_corrected_on_two_properties_keeps_one_preferred_statement_per_property_and_its_export_imports()
    {
        var layer = Document(
            """{ "recordId": "asean-un-mou-2007", "property": "title", "value": "Memorandum of Understanding (2007)", "sources": [{ "documentId": "layer", "paragraph": 2 }], "reason": "The layer names it so." }""",
            """{ "recordId": "asean-un-mou-2007", "property": "description", "value": "Corrected.", "sources": [{ "documentId": "layer", "paragraph": 3 }], "reason": "The layer describes it." }""");

        var merged = DatasetJson.Merge(Report, layer, "layer.json");

        var mou = merged.Get<Instrument>("asean-un-mou-2007");
        Assert.Equal("Memorandum of Understanding (2007)", mou.Title);
        Assert.Equal(["description", "title"], mou.Statements.Where(s => s.Rank == StatementRank.Preferred).Select(s => s.Property).Order());
        var imported = DatasetJson.TryImport(DatasetJson.Export(merged), "export.json");
        Assert.True(imported.IsValid, string.Join("\n", imported.Problems.Take(5)));
        Assert.Equal(merged.Records, imported.Dataset!.Records);
    }

    [Fact]
    public void A_later_layer_s_first_status_step_keeps_the_earlier_as_of_answer()
    {
        var layer = Document(statusEntries: """{ "recordId": "asean-un-mou-2007", "status": "inForce", "date": "2018-01", "sources": [{ "documentId": "layer", "paragraph": 4 }] }""");
        var day = AseanUn.Dates.PartialDate.Day(2017, 6, 1);
        var before = Report.StatusAsOf("asean-un-mou-2007", day);

        var merged = DatasetJson.Merge(Report, layer, "layer.json");

        Assert.Equal(Certainty.Known, before.Certainty);
        var after = merged.StatusAsOf("asean-un-mou-2007", day);
        Assert.Equal((before.Certainty, before.Status), (after.Certainty, after.Status));
        Assert.Equal(InstrumentStatus.InForce, merged.Get<Instrument>("asean-un-mou-2007").Status);
    }

    private static string Document(string? correction1 = null, string? correction2 = null, string? statusEntries = null) =>
        Layer(
            "2018-06",
            statusEntries is null ? [] : [statusEntries],
            [],
            new[] { correction1, correction2 }.OfType<string>().ToList());

    // A layer: one new document, then status steps, citations and corrections aimed at random records, mostly valid.
    private static string Layer(Random random)
    {
        var instruments = Report.Instruments;
        var records = Report.Records;
        var steps = new List<string>();
        var citations = new List<string>();
        var corrections = new List<string>();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var id = instruments[random.Next(instruments.Count)].Id;
            var date = $"2018-0{random.Next(1, 7)}";
            steps.Add($$"""{ "recordId": "{{id}}", "status": "{{Statuses[random.Next(Statuses.Length)]}}", "date": "{{date}}", "sources": [{ "documentId": "layer", "paragraph": {{random.Next(1, 31)}} }] }""");
        }

        for (var i = random.Next(0, 4); i > 0; i--)
        {
            citations.Add($$"""{ "recordId": "{{records[random.Next(records.Count)].Id}}", "sources": [{ "documentId": "layer", "paragraph": {{random.Next(1, 31)}} }] }""");
        }

        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var target = instruments[random.Next(instruments.Count)];
            var (property, value) = random.Next(3) switch
            {
                0 => ("title", $"\"{target.Title} ({random.Next(100)})\""),
                1 => ("description", $"\"Described by the layer, {random.Next(100)}.\""),
                _ => ("date", $"\"201{random.Next(0, 8)}\""),
            };
            var rank = random.Next(4) == 0 ? """, "rank": "normal" """ : "";
            corrections.Add($$"""{ "recordId": "{{target.Id}}", "property": "{{property}}", "value": {{value}}, "sources": [{ "documentId": "layer", "paragraph": {{random.Next(1, 31)}} }], "reason": "The layer says so."{{rank}} }""");
        }

        return Layer("2018-06", steps, citations, corrections);
    }

    private static string Layer(string asOf, List<string> steps, List<string> citations, List<string> corrections)
    {
        var text = new StringBuilder();
        text.Append($$"""
            {
              "version": 2,
              "edition": "layer-{{asOf}}",
              "asOf": "{{asOf}}",
              "records": {
                "sourceDocuments": [
                  { "id": "layer", "title": "Layer", "publisher": "Test", "asOf": "{{asOf}}", "paragraphCount": 30, "sources": [{ "documentId": "layer", "paragraph": 1 }] }
                ]
              },
              "updates": {
            """);
        text.Append("\"statusEntries\": [").AppendJoin(",\n", steps).Append("],\n");
        text.Append("\"citations\": [").AppendJoin(",\n", citations).Append("],\n");
        text.Append("\"corrections\": [").AppendJoin(",\n", corrections).Append("]\n}\n}\n");
        return text.ToString();
    }
}
