using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// Every command's <c>--json</c> output validates against its schema in schemas/explorer, and the schemas hold nothing
/// the output never writes: a property added to the output without the schema, or left in the schema after the output
/// dropped it, fails here.
/// </summary>
public sealed class JsonSchemaTests
{
    private const string Files = "tests/AseanUn.Explorer.Tests/Files/";

    // The shipped layers bring dated statements with their addresses and the new facts; the test files claims and a superseded line.
    private static readonly PartnershipDataset Layered = Partnership.WithLayers;
    private static readonly PartnershipDataset Corrected = Merged("correction.json");
    private static readonly PartnershipDataset Superseded = Merged("superseded-line.json");

    // Runs that together write every property: found and not found, valid and invalid, each kind of change.
    private static readonly (string Command, string[] Args, PartnershipDataset? Dataset)[] Runs =
    [
        ("timeline", ["timeline", "--json"], null),
        ("timeline", ["timeline", "--to", "1900", "--json"], null),
        ("pillars", ["pillars", "--json"], null),
        ("find", ["find", "unicef", "--json"], null),
        ("find", ["find", "zzyzx", "--json"], null),
        ("diff", ["diff", "--json"], null),
        ("diff", ["diff", Files + "later-report.json", "--json"], null),
        ("diff", ["diff", Files + "correction.json", "--json"], null),
        ("diff", ["diff", Files + "status-step.json", "--json"], null),
        ("diff", ["diff", Files + "retraction.json", "--json"], null),
        ("validate", ["validate", Files + "later-report.json", "--merge", "--json"], null),
        ("validate", ["validate", Files + "later-report.json", "--json"], null),
        ("validate", ["validate", Files + "syntax-error.json", "--json"], null),
        ("validate", ["validate", Files + "duplicate-id.json", "--merge", "--json"], null),
        ("pillars", ["pillars", "--json"], Superseded),
        ("status", ["status", "asean-un-mou-2007", "--as-of", "2000", "--json"], null),
        ("status", ["status", "asean-charter", "--as-of", "2017", "--json"], null),
        ("status", ["status", "asean-un-plan-of-action-2016-2020", "--as-of", "2016-09-07", "--json"], null),
        ("status", ["status", "rpa-on-evaw", "--as-of", "2015-11-15", "--json"], null),
        ("layers", ["layers", "--json"], null),
        ("layers", ["layers", "--with-layers", "--layer", Files + "layer-on-shipped.json", "--json"], null),
        ("layers", ["layers", "--layer", Files + "retraction.json", "--json"], null),
        .. Layered.Records.Select(r => ("show", new[] { "show", r.Id, "--json" }, (PartnershipDataset?)Layered)),
        .. Corrected.Records.Where(r => !r.Claims.IsEmpty).Select(r => ("show", new[] { "show", r.Id, "--json" }, (PartnershipDataset?)Corrected)),
    ];

    private static readonly Lazy<List<(string Command, string Args, string Output)>> Outputs = new(() =>
        [.. Runs.Select(run => (run.Command, string.Join(' ', run.Args), Output(run.Dataset, run.Args)))]);

    public static TheoryData<string> Commands => [.. Runs.Select(r => r.Command).Distinct()];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_run_s_output_validates_against_the_command_s_schema(string command)
    {
        foreach (var (_, args, output) in Outputs.Value.Where(o => o.Command == command))
        {
            var errors = ExplorerSchemas.Errors(command, output);
            Assert.True(errors == "", $"{args}:\n{errors}");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_property_the_schema_declares_is_written_by_some_run(string command)
    {
        var written = Outputs.Value.Where(o => o.Command == command).SelectMany(o => PropertyNames(JsonNode.Parse(o.Output))).ToHashSet();

        Assert.Empty(ExplorerSchemas.DeclaredProperties(command).Where(p => !written.Contains(p)).Distinct());
    }

    [Fact]
    public void Every_shared_definition_is_written_by_some_command()
    {
        var written = Outputs.Value.SelectMany(o => PropertyNames(JsonNode.Parse(o.Output))).ToHashSet();

        Assert.Empty(ExplorerSchemas.DeclaredProperties("definitions").Where(p => !written.Contains(p)).Distinct());
    }

    [Fact]
    public void Every_command_that_takes_json_has_a_schema_and_every_schema_a_command()
    {
        var help = ExplorerRun.Of("--help").AssertOk().Lines;
        var commands = help.SkipWhile(l => l != "COMMANDS:").Skip(1)
            .Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ')
            .Select(l => l.Trim().Split(' ')[0])
            .ToList();
        Assert.Contains("validate", commands);

        var withJson = commands.Where(c => ExplorerRun.Of(c, "--help").Output.Contains("--json", StringComparison.Ordinal)).Order();

        Assert.Equal(withJson, ExplorerSchemas.Commands.Order());
        Assert.Equal(withJson, Runs.Select(r => r.Command).Distinct().Order());
    }

    [Fact]
    public void A_schema_rejects_output_that_drifts_from_it()
    {
        var show = Outputs.Value.First(o => o.Command == "show" && o.Args == "show summit-8 --json").Output;
        Assert.Equal("", ExplorerSchemas.Errors("show", show));

        Assert.NotEqual("", ExplorerSchemas.Errors("show", show.Replace("\"kind\": \"summit\"", "\"kind\": \"Summit\"", StringComparison.Ordinal)));
        Assert.NotEqual("", ExplorerSchemas.Errors("show", show.Replace("\"paragraph\": 10", "\"paragraph\": \"¶10\"", StringComparison.Ordinal)));
        Assert.NotEqual("", ExplorerSchemas.Errors("show", show.Replace("\"facts\": {", "\"facts\": { \"isoCodes\": \"LA, LAO\",", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_link_s_relation_is_a_camel_case_name_the_schema_lists()
    {
        var listed = RelationNames();
        var written = Outputs.Value.Where(o => o.Command == "show")
            .SelectMany(o => ((JsonArray)JsonNode.Parse(o.Output)!["references"]!).Concat((JsonArray)JsonNode.Parse(o.Output)!["referencedBy"]!))
            .Select(link => (string)link!["relation"]!)
            .ToHashSet();

        Assert.Superset(new HashSet<string> { "countryOfPlace", "actionLine", "partOf", "role", "oneMeetingOf", "placeOfIssue", "continues" }, written);
        Assert.All(written, relation =>
        {
            Assert.Matches("^[a-z][A-Za-z]*$", relation);
            Assert.Contains(relation, listed);
        });
    }

    [Fact]
    public void The_schema_lists_every_relation_the_explorer_names()
    {
        Assert.Equal(Records.RelationLabels.Names.Order(), RelationNames().Order());
    }

    // The relation enum of a link in the shared definitions.
    private static List<string> RelationNames() =>
        [.. ((JsonArray)JsonNode.Parse(ExplorerSchemas.Text("definitions"))!["$defs"]!["record"]!["properties"]!["relation"]!["enum"]!).Select(n => (string)n!)];

    private static PartnershipDataset Merged(string file) =>
        AseanUn.Json.DatasetJson.Merge(Partnership.Current, System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, Files, file)));

    // Standard output, which --json fills even when the run exits 1 (nothing found, an invalid file).
    private static string Output(PartnershipDataset? dataset, string[] args)
    {
        var run = ExplorerRun.On(dataset ?? Partnership.Current, args);
        Assert.True(run.ExitCode is 0 or 1, $"{string.Join(' ', args)}: exit code {run.ExitCode}: {run.Error}");
        return run.Output;
    }

    private static IEnumerable<string> PropertyNames(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => PropertyNames(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(PropertyNames),
        _ => [],
    };
}
