using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

public sealed partial class ValidateCommandTests
{
    private const string Folder = "tests/AseanUn.Explorer.Tests/Files/";
    private const string LaterReport = Folder + "later-report.json";
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void A_later_report_merged_into_the_built_in_dataset_is_valid_and_its_records_are_counted()
    {
        var line = Assert.Single(ExplorerRun.Of("validate", "--merge", LaterReport).AssertOk().Lines);
        var groups = RecordGroupsOf(LaterReport);
        var total = groups.Values.Sum();
        Assert.Equal(
            $"{LaterReport}: OK, {total} records (SourceDocument {groups["sourceDocuments"]}, Event {groups["events"]}, Activity {groups["activities"]}); "
                + $"merged into the built-in dataset: {Dataset.Records.Count + total} records.",
            line);
    }

    [Fact]
    public void The_same_report_on_its_own_has_every_reference_to_a_built_in_record_reported_where_it_stands()
    {
        var text = Text(LaterReport);
        var run = ExplorerRun.Of("validate", LaterReport);
        var problems = Problems(run, LaterReport, $"; {run.Lines.Length} of them name records of the built-in dataset: to check it as an addition to that dataset, add --merge");

        // Every string value in the report that names a built-in record, found by reading the tokens, and nothing else.
        var expected = new List<TextPosition>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        var property = "";
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString()!;
            }
            else if (reader.TokenType == JsonTokenType.String && property != "id" && Dataset.TryGetRecord(reader.GetString()!, out _))
            {
                // The file is ASCII, so a byte offset is a character index.
                expected.Add(TextPosition.At(text, (int)reader.TokenStartIndex));
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, problems.Select(p => p.Position));
        foreach (var (position, message) in problems)
        {
            var id = text.Split('\n')[position.Line - 1][position.Column..].Split('"')[0];
            Assert.Contains($"'{id}'", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_dangling_reference_is_reported_at_the_id_that_names_no_record()
    {
        var file = Folder + "dangling-reference.json";
        var text = Text(file);
        var problems = Problems(ExplorerRun.Of("validate", "--merge", file), file);
        Assert.Equal([TextPosition.Of(text, "\"geneva\""), TextPosition.Of(text, "\"unicfe\"")], problems.Select(p => p.Position));
        Assert.Equal("'geneva' names no record; placeId must name a Place.", problems[0].Message);
        Assert.StartsWith("'unicfe' names no record; participantIds must name an Organisation", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_action_line_code_is_reported_at_the_code()
    {
        var file = Folder + "unknown-action-line.json";
        var text = Text(file);
        var problem = Assert.Single(Problems(ExplorerRun.Of("validate", "--merge", file), file));
        Assert.Equal(TextPosition.Of(text, "\"SC.1.9\""), problem.Position);
        Assert.Contains("'SC.1.9'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_where_the_json_breaks()
    {
        var file = Folder + "syntax-error.json";
        var text = Text(file);

        // The title lacks its comma, so the JSON breaks at the next property name.
        var title = text.IndexOf("\"title\": \"Example Regional Workshop on Children\"\n", StringComparison.Ordinal);
        Assert.True(title > 0);
        var next = text.IndexOf('"', text.IndexOf('\n', title));
        var problem = Assert.Single(Problems(ExplorerRun.Of("validate", "--merge", file), file));
        Assert.Equal(TextPosition.At(text, next), problem.Position);
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_the_later_id_within_the_file_and_against_the_built_in_records()
    {
        var file = Folder + "duplicate-id.json";
        var text = Text(file);
        var problems = Problems(ExplorerRun.Of("validate", "--merge", file), file);
        Assert.Equal([ValueOf(text, "id", "bangkok"), ValueOf(text, "id", "example-children-workshop", occurrence: 1)], problems.Select(p => p.Position));
        Assert.Contains("'bangkok'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'example-children-workshop'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_narrow_terminal_each_problem_stays_one_line()
    {
        var file = Folder + "dangling-reference.json";
        var plain = ExplorerRun.Of("validate", "--merge", file);
        var terminal = ExplorerRun.In(OutputLayout.Rich, 40, "validate", "--merge", file);
        Assert.Equal(plain, terminal);
        Assert.All(terminal.Lines, line => Assert.True(line.Length > 40, line));
    }

    [Fact]
    public void Json_gives_every_problem_with_its_kind_path_and_position()
    {
        var file = Folder + "dangling-reference.json";
        var text = Text(file);
        var run = ExplorerRun.Of("validate", file, "--merge", "--json");
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        Assert.Equal($"aseanun: {file} has 2 problems.\n", run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var report = document.RootElement;
        Assert.Equal(file, report.GetProperty("file").GetString());
        Assert.True(report.GetProperty("merged").GetBoolean());
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.False(report.TryGetProperty("records", out _));
        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["danglingReference", "danglingReference"], problems.Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal(["$.records.events[0].placeId", "$.records.events[0].participantIds[0]"], problems.Select(p => p.GetProperty("path").GetString()));
        Assert.Equal(
            [TextPosition.Of(text, "\"geneva\""), TextPosition.Of(text, "\"unicfe\"")],
            problems.Select(p => new TextPosition(p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32())));
    }

    [Fact]
    public void Json_gives_every_problem_its_severity()
    {
        var run = ExplorerRun.Of("validate", Folder + "dangling-reference.json", "--merge", "--json");

        using var document = JsonDocument.Parse(run.Output);
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["error", "error"], problems.Select(p => p.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Json_gives_the_path_of_an_unknown_property_with_its_name_exact_however_long_or_hidden_its_characters()
    {
        // A problem's path is data a tool matches on: neither escaped for a terminal nor cut, as its message is.
        string[] names = ["bad\u001b[2Jprop", new string('n', 100)];
        var members = string.Concat(names.Select(n => $"{JsonSerializer.Serialize(n)}: 1, "));
        var json = Text(LaterReport).Replace("\"id\": \"example-children-workshop\",", members + "\"id\": \"example-children-workshop\",", StringComparison.Ordinal);
        var run = ExplorerRun.WithInput(new MemoryStream(Encoding.UTF8.GetBytes(json)), "validate", "-", "--merge", "--json");
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["unknownProperty", "unknownProperty"], problems.Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal([$"$.records.events[0]['{names[0]}']", $"$.records.events[0].{names[1]}"], problems.Select(p => p.GetProperty("path").GetString()));
    }

    [Fact]
    public void Json_for_a_valid_file_counts_its_records_by_type_under_camel_case_keys()
    {
        var report = JsonOf.Parse(ExplorerRun.Of("validate", LaterReport, "--merge", "--json"));
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        var counts = report.GetProperty("records").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var groups = RecordGroupsOf(LaterReport);
        Assert.Equal(new Dictionary<string, int> { ["sourceDocument"] = groups["sourceDocuments"], ["event"] = groups["events"], ["activity"] = groups["activities"] }, counts);
    }

    [Fact]
    public void A_file_that_does_not_exist_fails_with_one_line()
    {
        var file = Folder + "no-such-file.json";
        var message = ExplorerRun.Of("validate", file).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal($"aseanun: Cannot read {file}: there is no such file.", message);
    }

    [Fact]
    public void A_shipped_layer_is_not_checked_on_the_stack_that_already_holds_it()
    {
        const string Layer = "src/AseanUn/Layers/chairmans-statement-10th-asean-un-summit.json";

        var message = ExplorerRun.Of("validate", Layer).AssertFailed(ExitCodes.Usage);

        Assert.Equal("aseanun: 'chairmans-statement-10th-asean-un-summit' is a shipped layer, already in the stack it requires; the library's build checks each shipped layer on the layers before it: run 'dotnet build src/AseanUn'.", message);
    }

    [Fact]
    public void Validate_without_a_file_is_a_usage_error()
    {
        ExplorerRun.Of("validate").AssertFailed(ExitCodes.Usage);
    }

    [Fact]
    public void An_export_of_the_built_in_dataset_validates_on_its_own()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-validate-{Guid.NewGuid():N}.json");
        try
        {
            ExplorerRun.Of("export", "--format", "json", "--out", path);
            var line = Assert.Single(ExplorerRun.Of("validate", path).AssertOk().Lines);
            Assert.StartsWith($"{path}: OK, {Dataset.Records.Count} records (SourceDocument 1, Pillar {Dataset.Pillars.Count}, ", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Text(string file) => RepositoryRoot.ReadAllText(file.Split('/'));

    // Runs that find problems print one line each on standard output and one summary line on standard error.
    private static List<(TextPosition Position, string Message)> Problems(ExplorerRun run, string file, string hint = "")
    {
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        Assert.Equal($"aseanun: {file} has {run.Lines.Length} {(run.Lines.Length == 1 ? "problem" : "problems")}{hint}.\n", run.Error);
        return [.. run.Lines.Select(line =>
        {
            var match = ProblemLine().Match(line);
            Assert.True(match.Success, line);
            Assert.Equal(file, match.Groups["file"].Value);
            return (new TextPosition(int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value)), match.Groups["message"].Value);
        })];
    }

    private static TextPosition ValueOf(string text, string property, string value, int occurrence = 0)
    {
        var position = TextPosition.Of(text, $"\"{property}\": \"{value}\"", occurrence);
        return position with { Column = position.Column + $"\"{property}\": ".Length };
    }

    private static Dictionary<string, int> RecordGroupsOf(string file)
    {
        using var document = JsonDocument.Parse(Text(file));
        return document.RootElement.GetProperty("records").EnumerateObject().ToDictionary(g => g.Name, g => g.Value.GetArrayLength());
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<message>.+)$")]
    private static partial Regex ProblemLine();
}
