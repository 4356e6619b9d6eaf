using System.Linq;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// What the explorer does at start-up, counted rather than timed: the examples help shows are checked here once
/// instead of on every run.
/// </summary>
public sealed class StartupCostTests
{
    [Fact]
    public void Every_example_in_help_is_a_valid_command_line()
    {
        var examples = ExplorerCommands.All.SelectMany(c => c.Examples.Select(e => (Command: c, Words: e.Split(' ')))).ToList();

        Assert.NotEmpty(examples);
        Assert.All(ExplorerCommands.All, c => Assert.NotEmpty(c.Examples));
        Assert.All(examples, example =>
        {
            Assert.Equal(example.Command.Name, example.Words[0]);
            var settings = CommandLineParser.Parse(example.Command, example.Words[1..]);
            Assert.NotNull(settings);
        });
    }
}
