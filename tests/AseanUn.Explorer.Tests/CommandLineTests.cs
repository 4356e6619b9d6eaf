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
    public void Parse_errors_are_usage_errors_on_one_line(params string[] args)
    {
        ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("aseanun: Unknown command 'picnic'; 'aseanun --help' lists the commands.", "picnic")]
    [InlineData("aseanun: Unknown option '--json': options come after the command; 'aseanun --help' lists the commands.", "--json", "timeline")]
    [InlineData("aseanun: 'timeline' has no option '--frm'; 'aseanun timeline --help' says what it takes.", "timeline", "--frm", "2015")]
    [InlineData("aseanun: Unexpected argument 'extra': 'pillars' takes no arguments; 'aseanun pillars --help' says what it takes.", "pillars", "extra")]
    [InlineData("aseanun: Unexpected argument 'c': 'diff' takes [FILE] [LATER-FILE]; 'aseanun diff --help' says what it takes.", "diff", "a", "b", "c")]
    [InlineData("aseanun: 'show' needs <RECORD>; 'aseanun show --help' says what it takes.", "show")]
    [InlineData("aseanun: 'find' needs <TEXT>; 'aseanun find --help' says what it takes.", "find", "--json")]
    [InlineData("aseanun: Option '--json' takes no value; 'aseanun timeline --help' says what it takes.", "timeline", "--json=yes")]
    [InlineData("aseanun: 'help' has no option '--json'; 'aseanun help --help' says what it takes.", "help", "--json")]
    public void A_command_line_error_says_what_is_wrong_and_where_to_look(string message, params string[] args)
    {
        Assert.Equal(message, ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage));
    }

    [Theory]
    [InlineData("timeline", "--from=2015", "--to:2015-06", "--json")]
    [InlineData("timeline", "--json", "--to", "2015-06", "--from", "2015")]
    [InlineData("timeline", "--from", "2014", "--from", "2015", "--to", "2015-06", "--json")]
    public void Options_take_their_values_inline_or_after_them_in_any_order_and_the_last_counts(params string[] args)
    {
        var expected = ExplorerRun.Of("timeline", "--from", "2015", "--to", "2015-06", "--json").AssertOk().Output;
        Assert.Equal(expected, ExplorerRun.Of(args).AssertOk().Output);
    }

    [Fact]
    public void After_a_double_dash_every_word_is_an_argument()
    {
        var message = ExplorerRun.Of("show", "--", "--json").AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.StartsWith("aseanun: No record is called '--json'", message, StringComparison.Ordinal);
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
