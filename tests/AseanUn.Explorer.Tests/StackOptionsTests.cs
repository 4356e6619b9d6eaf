using System;
using System.IO;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Json;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// The global <c>--with-layers</c> and <c>--layer FILE</c>: every command reads the stack they name (the built-in
/// dataset, the shipped layers, then each file in order), exactly as the library builds it.
/// </summary>
public sealed class StackOptionsTests
{
    // A layer on the shipped one: a meeting at Manila (a place only the shipped layer has) and a citation on summit-9.
    private const string OnShipped = "tests/AseanUn.Explorer.Tests/Files/layer-on-shipped.json";
    private const string LaterReport = "tests/AseanUn.Explorer.Tests/Files/later-report.json";

    private static readonly PartnershipDataset Stack = DatasetJson.Merge(Partnership.WithLayers, Bytes(OnShipped), OnShipped);

    // Commands that write to standard output, each with what it is asked.
    public static TheoryData<string[]> Commands =>
    [
        ["timeline", "--json"],
        ["timeline", "--as-of", "2018-03"],
        ["pillars", "--json"],
        ["show", "summit-9", "--json"],
        ["status", "joint-report-2017", "--json"],
        ["find", "follow-up", "--json"],
        ["chart"],
        ["export", "--format", "json"],
        ["export", "--format", "csv"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_reads_the_stack_the_library_builds(string[] args)
    {
        var stacked = ExplorerRun.Of([.. args, "--with-layers", "--layer", OnShipped]).AssertOk();
        Assert.Equal(ExplorerRun.On(Stack, args).AssertOk().Output, stacked.Output);
        Assert.NotEqual(ExplorerRun.Of(args).Output, stacked.Output);
    }

    [Fact]
    public void Every_command_but_help_takes_the_stack_options()
    {
        var commands = ExplorerRun.Of("--help").AssertOk().Lines
            .SkipWhile(l => l != "COMMANDS:").Skip(1)
            .Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ')
            .Select(l => l.Trim().Split(' ')[0])
            .ToList();
        Assert.Equal(["timeline", "pillars", "show", "status", "find", "chart", "report", "export", "validate", "diff", "layers", "help"], commands);
        foreach (var command in commands.Where(c => c != "help"))
        {
            var help = ExplorerRun.Of(command, "--help").AssertOk().Output;
            Assert.Contains("--with-layers ", help, StringComparison.Ordinal);
            Assert.Contains("--layer <FILE> ", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_finds_a_record_of_the_shipped_layers_with_with_layers()
    {
        Assert.Equal("aseanun: No record is called 'summit-9'; the shipped layers have it: add --with-layers.", ExplorerRun.Of("show", "summit-9").AssertFailed(ExitCodes.NotFoundOrInvalid));
        var lines = ExplorerRun.Of("show", "summit-9", "--with-layers").AssertOk().Lines;
        Assert.Equal("9th ASEAN-United Nations Summit", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("place ", StringComparison.Ordinal) && l.EndsWith(" Manila, Philippines", StringComparison.Ordinal));
        Assert.Equal("Sources: Chairman’s Statement of the 9th ASEAN-United Nations Summit", lines[^1]);
    }

    [Theory]
    [InlineData("2018-02", false)]
    [InlineData("2018-03", true)]
    public void Timeline_as_of_a_date_shows_the_stack_as_it_stood_then(string asOf, bool meetingHeld)
    {
        var run = ExplorerRun.Of("timeline", "--with-layers", "--layer", OnShipped, "--as-of", asOf, "--json");
        var ids = JsonOf.Strings(JsonOf.Parse(run), "id");
        var expected = Stack.TimelineAsOf(PartialDate.Parse(asOf)).Select(e => e.Record.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
        Assert.Contains("summit-9", ids);
        Assert.Equal(meetingHeld, ids.Contains("example-follow-up-meeting"));
    }

    [Fact]
    public void Timeline_text_ends_on_the_stack_s_count()
    {
        var lines = ExplorerRun.Of("timeline", "--with-layers", "--layer", OnShipped, "--as-of", "2018-03").AssertOk().Lines;
        Assert.Matches(@"^2018-03-14 +Meeting +Manila, Philippines +Example Follow-up Meeting on the 9th Summit \(test data\)$", lines[^2]);
        Assert.Matches(@"^2017-11-13 +Summit +Manila, Philippines +9th ASEAN-United Nations Summit$", lines[^3]);
    }

    [Fact]
    public void Layers_are_merged_in_the_order_given_after_the_shipped_ones()
    {
        var twoFiles = DatasetJson.Merge(Stack, Bytes(LaterReport), LaterReport);
        var run = ExplorerRun.Of("export", "--format", "json", "--with-layers", "--layer", OnShipped, "--layer", LaterReport).AssertOk();
        Assert.Equal(DatasetJson.Export(twoFiles), run.Output);
    }

    [Fact]
    public void Two_layers_that_disagree_give_the_same_uncertain_answer_in_either_order()
    {
        const string june = "tests/AseanUn.Explorer.Tests/Files/status-step.json";
        const string april = "tests/AseanUn.Explorer.Tests/Files/status-step-disputed.json";
        string[] status = ["status", "asean-un-plan-of-action-2016-2020", "--as-of", "2018-05"];
        var one = ExplorerRun.Of([.. status, "--layer", june, "--layer", april]).AssertOk();
        var other = ExplorerRun.Of([.. status, "--layer", april, "--layer", june]).AssertOk();
        Assert.Equal(one.Output, other.Output);
        Assert.Equal("As of 2018-05: uncertain; the evidence allows any of:", one.Lines[1]);
        Assert.Equal("  in force since 2018-04: Example Other Status Report (test data) ¶2", one.Lines[3]);
        Assert.Equal("  in force since 2018-06: Example Status Report (test data) ¶2", one.Lines[4]);
    }

    [Fact]
    public void A_layer_that_needs_the_shipped_ones_fails_without_them_at_its_line_and_column()
    {
        var message = ExplorerRun.Of("show", "summit-9", "--layer", OnShipped).AssertFailed(ExitCodes.NotFoundOrInvalid);
        var problems = DatasetJson.TryMerge(Partnership.Current, Bytes(OnShipped), OnShipped).Problems;
        Assert.Equal(
            $"aseanun: {problems[0]} (and {problems.Count - 1} more: 'validate {OnShipped} --merge' lists them all); the shipped layers hold '2017-11-9th-asean-un-summit': add --with-layers",
            message);
        Assert.StartsWith($"aseanun: {OnShipped}(8,7): $.layer.requires[0]: '2017-11-9th-asean-un-summit' is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_layer_in_a_stack_names_the_validate_line_that_lists_its_problems()
    {
        const string broken = "tests/AseanUn.Explorer.Tests/Files/dangling-reference.json";
        var message = ExplorerRun.Of("pillars", "--with-layers", "--layer", OnShipped, "--layer", broken).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.EndsWith($" (and 1 more: 'validate --with-layers --layer {OnShipped} {broken} --merge' lists them all)", message, StringComparison.Ordinal);
        Assert.StartsWith($"aseanun: {broken}(", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_layer_file_is_one_line_and_exit_code_1()
    {
        var message = ExplorerRun.Of("find", "unicef", "--layer", "no-such-layer.json").AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal("aseanun: Cannot read no-such-layer.json: there is no such file.", message);
    }

    [Fact]
    public void Layer_without_a_file_is_a_usage_error()
    {
        var message = ExplorerRun.Of("timeline", "--layer").AssertFailed(ExitCodes.Usage);
        Assert.Equal("aseanun: Option '--layer' needs a value.", message);
    }

    [Theory]
    [InlineData("the stack it requires, the built-in dataset with its shipped layers")]
    [InlineData("the built-in dataset with its shipped layers", "--with-layers")]
    public void Validate_checks_a_layer_against_the_stack_it_requires_or_the_one_given(string stack, params string[] options)
    {
        var line = Assert.Single(ExplorerRun.Of(["validate", OnShipped, .. options]).AssertOk().Lines);
        Assert.Equal($"{OnShipped}: OK, 2 records (SourceDocument 1, Event 1); merged into {stack}: {Stack.Records.Count} records.", line);
    }

    [Fact]
    public void Validate_on_a_stack_without_a_shipped_layer_it_requires_says_to_add_with_layers()
    {
        var run = ExplorerRun.Of("validate", OnShipped, "--merge");
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        Assert.StartsWith($"{OnShipped}:8:7: '2017-11-9th-asean-un-summit' is required", run.Lines[0], StringComparison.Ordinal);
        Assert.Equal($"aseanun: {OnShipped} has {run.Lines.Length} problems; the shipped layers hold '2017-11-9th-asean-un-summit': add --with-layers.\n", run.Error);
    }

    [Fact]
    public void Validate_reports_a_requirement_no_stack_holds_at_its_item()
    {
        const string unmet = "tests/AseanUn.Explorer.Tests/Files/unmet-requirement.json";
        var run = ExplorerRun.Of("validate", unmet);
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        var line = Assert.Single(run.Lines);
        var held = string.Join(", ", Partnership.WithLayers.Layers.Select(l => $"'{l.Edition}'").Prepend("'2017-03'"));
        Assert.Equal($"{unmet}:8:7: '2099-example-unshipped-summit' is required, but the stack holds only {held}; merge the layer of that edition first.", line);
    }

    [Fact]
    public void Validate_checks_a_file_on_top_of_the_layers_given()
    {
        var line = Assert.Single(ExplorerRun.Of("validate", LaterReport, "--with-layers", "--layer", OnShipped).AssertOk().Lines);
        Assert.EndsWith(
            $"; merged into the built-in dataset with its shipped layers and 1 layer file: {DatasetJson.Merge(Stack, Bytes(LaterReport)).Records.Count} records.",
            line,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_compares_a_stack_with_a_layer_on_top()
    {
        var ids = JsonOf.Parse(ExplorerRun.Of("diff", OnShipped, "--with-layers", "--json"))
            .EnumerateArray().Select(i => (i.GetProperty("change").GetString(), i.GetProperty("id").GetString())).ToList();
        Assert.Contains(("added", "example-follow-up-meeting"), ids);
        Assert.Contains(("sources", "summit-9"), ids);
        Assert.DoesNotContain(("added", "summit-9"), ids);
    }

    [Fact]
    public void Diff_compares_two_stacks()
    {
        var ids = JsonOf.Parse(ExplorerRun.Of("diff", "--layer", LaterReport, "--to-with-layers", "--to-layer", OnShipped, "--json"))
            .EnumerateArray().Where(i => i.GetProperty("change").GetString() == "added").Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("summit-9", ids);
        Assert.Contains("example-follow-up-meeting", ids);
        Assert.DoesNotContain("example-children-workshop", ids);
    }

    [Theory]
    [InlineData("Say what to compare the stack with", "diff", "--with-layers")]
    [InlineData("Name the later dataset once", "diff", LaterReport, "--to-with-layers")]
    [InlineData("Two dataset files are compared as they are", "diff", LaterReport, LaterReport, "--layer", OnShipped)]
    public void Diff_refuses_a_comparison_it_cannot_tell(string why, params string[] args) =>
        Assert.StartsWith($"aseanun: {why}", ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage), StringComparison.Ordinal);

    private static byte[] Bytes(string path) => File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, path));
}
