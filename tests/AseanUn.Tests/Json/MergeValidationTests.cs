using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;
using Xunit.Abstractions;

namespace AseanUn.Tests.Json;

/// <summary>
/// A merge runs the validator import runs over its result: an update that leaves the dataset breaking a rule is
/// rejected at that update, nothing merges, and whatever does merge exports and imports back equal.
/// </summary>
public sealed class MergeValidationTests(ITestOutputHelper output)
{
    // Line 1 is "{"; the updates start on line 12, one to a line.
    internal const int FirstUpdateLine = 12;

    private static PartnershipDataset Report => Partnership.Current;

    internal static string Document(params (string Key, string Update)[] updates) => $$"""
        {
          "version": 1,
          "edition": "2018-test",
          "asOf": "2018-06",
          "records": {
            "sourceDocuments": [
              { "id": "later-overview", "title": "Later Overview", "publisher": "Test", "asOf": "2018-06", "paragraphCount": 20, "sources": [{ "documentId": "later-overview", "paragraph": 1 }] }
            ]
          },
          "updates": {
        {{string.Join(",\n", updates.GroupBy(u => u.Key).Select(g => $"\"{g.Key}\": [\n{string.Join(",\n", g.Select(u => u.Update))}\n]"))}}
          }
        }
        """;

    private static DatasetResult TryMerge(params (string Key, string Update)[] updates) => DatasetJson.TryMerge(Report, Document(updates), "later.json");

    private static int ColumnOf(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void A_paragraph_count_corrected_below_a_cited_paragraph_is_rejected_at_the_correction()
    {
        const string citation = """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 15 }] }""";
        const string correction = """{ "recordId": "later-overview", "property": "paragraphCount", "value": 10, "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Fewer." }""";

        var result = TryMerge(("citations", citation), ("corrections", correction));

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        // The citation was sound when it was added; the correction that came after it is what broke it.
        Assert.Equal((DatasetProblemKind.InvalidCitation, "$.updates.corrections[0].value", FirstUpdateLine + 3, ColumnOf(correction, "10")),
            (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.EndsWith("'later-overview' has paragraphs 1–10, not 15.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'summit-8' at sources[", problem.Message, StringComparison.Ordinal);
        Assert.Equal("later.json", problem.DocumentName);
    }

    [Fact]
    public void The_report_s_paragraph_count_corrected_below_its_citations_rejects_every_citation_past_it_and_merges_nothing()
    {
        const string correction = """{ "recordId": "overview-2017", "property": "paragraphCount", "value": 30, "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Fewer." }""";

        var result = TryMerge(("corrections", correction));

        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Equal((DatasetProblemKind.InvalidCitation, "$.updates.corrections[0].value", FirstUpdateLine), (p.Kind, p.Path, p.Line)));
        Assert.Contains(result.Problems, p => p.Message.Contains("'overview-2017' has paragraphs 1–30, not 3", StringComparison.Ordinal));
        Assert.Equal(41, Report.Get<SourceDocument>("overview-2017").ParagraphCount);
    }

    [Fact]
    public void Updates_past_the_problem_cap_are_counted_in_a_closing_problem()
    {
        const int Updates = DatasetJsonOptions.MaxListedProblems + 25;
        var unknown = Enumerable.Range(0, Updates)
            .Select(i => ("citations", $$"""{ "recordId": "no-such-record-{{i}}", "sources": [{ "documentId": "later-overview", "paragraph": 1 }] }"""))
            .ToArray();

        var result = TryMerge(unknown);

        Assert.Null(result.Dataset);
        Assert.Equal(DatasetJsonOptions.MaxListedProblems + 1, result.Problems.Count);
        var closing = result.Problems[^1];
        Assert.Equal((DatasetProblemKind.LimitExceeded, "$", (int?)null), (closing.Kind, closing.Path, closing.Line));
        Assert.StartsWith("25 more problems were found", closing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_paragraph_count_is_rejected_at_the_correction()
    {
        const string correction = """{ "recordId": "later-overview", "property": "paragraphCount", "value": -1, "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Fewer." }""";

        var result = TryMerge(("corrections", correction));

        Assert.Null(result.Dataset);
        Assert.All(result.Problems, p => Assert.Equal(("$.updates.corrections[0].value", FirstUpdateLine, ColumnOf(correction, "-1")), (p.Path, p.Line, p.Column)));
        Assert.Contains(result.Problems, p => p.Kind == DatasetProblemKind.InvalidValue
            && p.Message.EndsWith("A source document has 0 numbered paragraphs or more, not -1.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_named_as_in_C_sharp_is_unknown_with_the_JSON_name_suggested()
    {
        const string pascal = """{ "recordId": "summit-8", "property": "Title", "value": "Eighth Summit", "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Renamed." }""";
        const string camel = """{ "recordId": "summit-8", "property": "title", "value": "8th Summit", "sources": [{ "documentId": "later-overview", "paragraph": 3 }], "reason": "Renamed again." }""";

        var result = TryMerge(("corrections", pascal), ("corrections", camel));

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DatasetProblemKind.UnknownProperty, "$.updates.corrections[0].property", FirstUpdateLine, ColumnOf(pascal, "\"Title\"")),
            (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.StartsWith("Unknown property 'Title'; did you mean 'title'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_named_in_JSON_drops_the_inference_its_C_sharp_name_marks()
    {
        var inferred = Report.Records.First(r => r.Inferences.Any(i => i.Property == nameof(Figure.AsOf)) && r is Figure);
        var correction = $$"""{ "recordId": "{{inferred.Id}}", "property": "asOf", "value": "2017-03", "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Stated." }""";

        var merged = TryMerge(("corrections", correction)).GetDatasetOrThrow();

        Assert.False(merged.GetRecord(inferred.Id)!.IsInferred(nameof(Figure.AsOf)));
    }

    [Fact]
    public void Generated_layers_either_are_rejected_with_positioned_problems_or_export_and_import_back_equal()
    {
        var random = new Random(20);
        var layers = new LayerGenerator(random);
        int accepted = 0, rejected = 0;
        for (var n = 0; n < 150; n++)
        {
            var json = layers.Next();
            var result = DatasetJson.TryMerge(Report, json, "layer.json");
            if (!result.IsValid)
            {
                rejected++;
                Assert.NotEmpty(result.Problems);
                Assert.All(result.Problems, p => Assert.True(p.Line is not null && p.Path.StartsWith("$.", StringComparison.Ordinal) && p.Message.Length > 0, $"{p}\n{json}"));
                continue;
            }

            accepted++;
            var exported = DatasetJson.Export(result.Dataset);
            var reimported = DatasetJson.TryImport(exported, "export.json");
            Assert.True(reimported.IsValid, $"An accepted merge does not import back:\n{string.Join("\n", reimported.Problems.Take(5))}\n{json}");
            Assert.Equal(exported, DatasetJson.Export(reimported.Dataset));
        }

        output.WriteLine($"{accepted} accepted and imported back equal, {rejected} rejected");

        // Both outcomes are common, so the property is tested on each side.
        Assert.InRange(accepted, 30, 120);
        Assert.InRange(rejected, 30, 120);
    }

    /// <summary>Small merge files of random updates (corrections, citations, status steps) on random built-in records, with valid and invalid values.</summary>
    private sealed class LayerGenerator(Random random)
    {
        private static readonly string[] Fixed = ["id", "kind", "code", "sources", "inferences", "claims", "history", "status"];
        private static readonly string[] Odd = ["0", "-1", "5", "45", "null", "\"\"", "\"x\"", "\"2016-09\"", "[]", "[\"nowhere\"]", "\"summit-8\"", "true"];
        private static readonly string[] Statuses = ["planned", "adopted", "signed", "inForce", "concluded"];
        private static readonly string[] Dates = ["2015", "2016-09", "2017-11-13", "2018"];

        // The exported records, by group, as JSON: corrections mostly take a value another record of the type has.
        private readonly List<(string Group, JsonElement Record)> _records = ReadRecords();

        public string Next()
        {
            var updates = new List<(string Key, string Update)>();
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                updates.Add(random.Next(6) switch
                {
                    0 => ("citations", $$"""{ "recordId": "{{RandomRecord().Record.GetProperty("id").GetString()}}", "sources": [{{Citation()}}] }"""),
                    1 => StatusStep(),
                    _ => Correction(),
                });
            }

            return Document([.. updates]);
        }

        private (string Key, string Update) StatusStep()
        {
            var instruments = _records.Where(r => r.Group == "instruments").ToList();
            var id = instruments[random.Next(instruments.Count)].Record.GetProperty("id").GetString();
            return ("statusEntries", $$"""{ "recordId": "{{id}}", "status": "{{Pick(Statuses)}}", "date": "{{Pick(Dates)}}", "sources": [{{Citation()}}] }""");
        }

        private (string Key, string Update) Correction()
        {
            // Source documents often, so that paragraph counts are corrected above and below their citations.
            var (group, record) = random.Next(4) == 0
                ? _records.Where(r => r.Group == "sourceDocuments").ElementAt(random.Next(_records.Count(r => r.Group == "sourceDocuments")))
                : RandomRecord();
            var names = record.EnumerateObject().Select(p => p.Name).Where(n => Array.IndexOf(Fixed, n) < 0).ToList();
            var property = group == "sourceDocuments" && random.Next(2) == 0 ? "paragraphCount" : names[random.Next(names.Count)];
            string value;
            if (random.Next(3) == 0)
            {
                value = Pick(Odd);
            }
            else
            {
                var others = _records.Where(r => r.Group == group && r.Record.TryGetProperty(property, out _)).ToList();
                value = others[random.Next(others.Count)].Record.GetProperty(property).GetRawText();
            }

            var rank = random.Next(4) switch { 0 => "\"rank\": \"normal\", ", 1 => "\"rank\": \"deprecated\", ", _ => "" };
            var id = record.GetProperty("id").GetString();
            return ("corrections", $$"""{ "recordId": "{{id}}", "property": "{{property}}", "value": {{value}}, {{rank}}"sources": [{{Citation()}}], "reason": "Generated." }""");
        }

        private string Citation() => random.Next(3) == 0
            ? $$"""{ "documentId": "overview-2017", "paragraph": {{random.Next(1, 42)}} }"""
            : $$"""{ "documentId": "later-overview", "paragraph": {{random.Next(1, 21)}} }""";

        private (string Group, JsonElement Record) RandomRecord() => _records[random.Next(_records.Count)];

        private string Pick(string[] values) => values[random.Next(values.Length)];

        private static List<(string Group, JsonElement Record)> ReadRecords()
        {
            using var document = JsonDocument.Parse(DatasetJson.Export(Report));
            var records = new List<(string, JsonElement)>();
            foreach (var group in document.RootElement.GetProperty("records").EnumerateObject())
            {
                foreach (var record in group.Value.EnumerateArray())
                {
                    records.Add((group.Name, record.Clone()));
                }
            }

            return records;
        }
    }
}
