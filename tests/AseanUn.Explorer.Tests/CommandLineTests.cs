using System;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

public sealed class CommandLineTests
{
    private static readonly string[] Commands = ["timeline", "pillars", "show", "find", "chart", "export", "validate", "help"];

    [Fact]
    public void Help_lists_every_command_with_examples()
    {
        var run = ExplorerRun.Of("--help").AssertOk();
        foreach (var command in Commands)
        {
            Assert.Contains(run.Lines, line => line.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
        }

        Assert.Contains("EXAMPLES:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_command_prints_the_help()
    {
        var run = ExplorerRun.Of().AssertOk();
        Assert.Equal(ExplorerRun.Of("--help").Output, run.Output);
    }

    [Theory]
    [InlineData("timeline", "--from <DATE>")]
    [InlineData("pillars", "--json")]
    [InlineData("show", "<RECORD>")]
    [InlineData("find", "<TEXT>")]
    [InlineData("chart", "--out <FILE>")]
    [InlineData("export", "--format <FORMAT>")]
    [InlineData("validate", "--merge")]
    public void Every_command_has_help_with_its_options_and_examples(string command, string option)
    {
        var run = ExplorerRun.Of(command, "--help").AssertOk();
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"aseanun {command}", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("picnic")]
    [InlineData("timeline", "--frm", "2015")]
    [InlineData("timeline", "--from")]
    [InlineData("pillars", "extra")]
    public void Spectre_parse_errors_are_usage_errors_on_one_line(params string[] args)
    {
        ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("--out", "chart", "--out")]
    [InlineData("-o", "chart", "-o")]
    [InlineData("--from", "timeline", "--from", "--json")]
    [InlineData("--org", "timeline", "--org")]
    [InlineData("--format", "export", "--format", "--out", "x.json")]
    public void An_option_without_its_value_is_a_usage_error(string option, params string[] args)
    {
        var message = ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage);
        Assert.Equal($"aseanun: Option '{option}' needs a value.", message);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var version = typeof(ExplorerApp).Assembly.GetName().Version!;
        var run = ExplorerRun.Of("--version").AssertOk();
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}\n", run.Output);
    }

    [Theory]
    [InlineData]
    [InlineData("timeline")]
    [InlineData("validate")]
    public void The_help_command_prints_the_same_help_as_the_help_option(params string[] command)
    {
        var help = ExplorerRun.Of(["help", .. command]).AssertOk();
        Assert.Equal(ExplorerRun.Of([.. command, "--help"]).Output, help.Output);
    }

    [Theory]
    [InlineData]
    [InlineData("timeline")]
    [InlineData("pillars")]
    [InlineData("show")]
    [InlineData("find")]
    [InlineData("chart")]
    [InlineData("export")]
    [InlineData("validate")]
    [InlineData("help")]
    public void Help_has_no_trailing_spaces(params string[] command)
    {
        var run = ExplorerRun.Of([.. command, "--help"]).AssertOk();
        Assert.NotEmpty(run.Lines);
        Assert.All(run.Lines, line => Assert.Equal(line.TrimEnd(), line));
    }
}
