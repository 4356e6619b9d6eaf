using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AseanUn.Analyzers.Tests.Verifiers;
using AseanUn.Json;
using AseanUn.Validation;
using Json.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Analyzers.Tests.SharedRules;

/// <summary>
/// One table of ids and codes, good and bad, given to the library's importer, the published JSON schema and the
/// analyzers' code check: all three must give the same verdict on every case.
/// </summary>
public sealed class CodeShapeAgreementTests
{
    // The record group each kind of id lives in, and the property of a consumer's API that takes it.
    private static readonly Dictionary<string, (string Group, string Api)> Kinds = new()
    {
        ["pillar"] = ("pillars", "Tags.Pillar"),
        ["area"] = ("areas", "Tags.Area"),
        ["actionLine"] = ("actionLines", "Tags.Line"),
        ["id"] = ("sourceDocuments", ""),
    };

    /// <summary>The table: kind, text, whether it is well formed.</summary>
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "pillar", "SC", true },
        { "pillar", "ZZ", true },
        { "pillar", "SC\n", false },
        { "pillar", "SC ", false },
        { "pillar", " SC", false },
        { "pillar", "sc", false },
        { "pillar", "S", false },
        { "pillar", "SCC", false },
        { "pillar", "", false },
        { "pillar", "S1", false },
        { "pillar", "ÄB", false },
        { "area", "SC.1", true },
        { "area", "SC.999", true },
        { "area", "SC.1000", false },
        { "area", "SC.01", false },
        { "area", "SC.0", false },
        { "area", "SC.", false },
        { "area", "SC..1", false },
        { "area", "SC.1\n", false },
        { "area", "SC.1 ", false },
        { "area", "SC.1.2", false },
        { "area", "SC-1", false },
        { "area", "SC.\u0661", false },
        { "actionLine", "SC.1.2", true },
        { "actionLine", "SC.999.999", true },
        { "actionLine", "SC.1.1000", false },
        { "actionLine", "SC.1000.1", false },
        { "actionLine", "SC.1.02", false },
        { "actionLine", "SC.01.2", false },
        { "actionLine", "SC.1.", false },
        { "actionLine", "SC..2", false },
        { "actionLine", "SC.1.2\n", false },
        { "actionLine", "SC.1.2\r\n", false },
        { "actionLine", "SC.1.2 ", false },
        { "actionLine", "SC.1.2.3", false },
        { "actionLine", "SC.1", false },
        { "id", "d", true },
        { "id", "summit-4", true },
        { "id", "2015-plan-of-action", true },
        { "id", "d\n", false },
        { "id", "d ", false },
        { "id", "", false },
        { "id", "a--b", false },
        { "id", "-a", false },
        { "id", "a-", false },
        { "id", "A", false },
        { "id", "a_b", false },
        { "id", "caf\u00e9", false },
    };

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "aseanun-dataset.schema.json")));

    private static readonly Lazy<Task<HashSet<int>>> MalformedLines = new(FindMalformedLinesAsync);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_importer_accepts_exactly_the_well_formed_ids(string kind, string text, bool wellFormed)
    {
        var result = DatasetJson.TryImport(Document(kind, text));

        Assert.Equal(!wellFormed, result.Problems.Any(p => p.Kind == DatasetProblemKind.InvalidId));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_schema_accepts_exactly_the_well_formed_ids(string kind, string text, bool wellFormed)
    {
        using var document = JsonDocument.Parse(Document(kind, text));

        Assert.Equal(wellFormed, Schema.Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_analyzers_report_exactly_the_malformed_codes(string kind, string text, bool wellFormed)
    {
        if (kind == "id")
        {
            return; // Record ids are not code constants; the analyzers check ids for duplicates only.
        }

        var malformed = await MalformedLines.Value;

        Assert.Equal(!wellFormed, malformed.Contains(LineOf(kind, text)));
    }

    // A document whose only fault, if any, is the id under test: the records it names need not exist for these checks.
    private static string Document(string kind, string id)
    {
        var (group, _) = Kinds[kind];
        var sources = new JsonArray(new JsonObject { ["documentId"] = "overview", ["paragraph"] = 1 });
        var record = kind switch
        {
            "pillar" => new JsonObject { ["id"] = id, ["name"] = "Pillar", ["sources"] = sources },
            "area" => new JsonObject { ["id"] = id, ["pillarCode"] = "SC", ["name"] = "Area", ["sources"] = sources },
            "actionLine" => new JsonObject { ["id"] = id, ["areaCode"] = "SC.1", ["name"] = "Line", ["sources"] = sources },
            _ => new JsonObject { ["id"] = id, ["title"] = "Title", ["publisher"] = "Publisher", ["asOf"] = "2017", ["paragraphCount"] = 1, ["sources"] = sources },
        };
        var root = new JsonObject
        {
            ["version"] = 1,
            ["edition"] = "test",
            ["asOf"] = "2017",
            ["records"] = new JsonObject { [group] = new JsonArray(record) },
        };
        return root.ToJsonString();
    }

    // Every code case on a line of its own in one compilation, so the analyzers run once for the whole table.
    private static async Task<HashSet<int>> FindMalformedLinesAsync()
    {
        var lines = new List<string> { "class Uses", "{" };
        foreach (var (kind, text) in CodeCases())
        {
            lines.Add($"    void M{lines.Count}() => {Kinds[kind].Api}({SymbolDisplay.FormatLiteral(text, quote: true)});");
        }

        lines.Add("}");
        lines.Add(Api);
        var run = await AnalyzerRun.RunAsync([string.Join("\n", lines)], referenceAseanUn: true);
        Assert.Empty(run.Exceptions);
        return run.Diagnostics.Where(d => d.Id == "AUN0005").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToHashSet();
    }

    private static int LineOf(string kind, string text) => 2 + CodeCases().ToList().IndexOf((kind, text));

    private static IEnumerable<(string Kind, string Text)> CodeCases() =>
        Cases.Select(row => ((string)row[0], (string)row[1])).Where(c => c.Item1 != "id");

    private const string Api = """
        static class Tags
        {
            public static void Line([AseanUn.ActionLineCode] string code) { }
            public static void Pillar([AseanUn.PillarCode] string code) { }
            public static void Area([AseanUn.AreaCode] string code) { }
        }
        """;
}
