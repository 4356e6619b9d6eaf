using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// What the explorer loads and does at start-up, counted rather than timed: what a run whose output is redirected
/// loads, and the examples help shows, checked here once instead of on every run.
/// </summary>
public sealed class StartupCostTests
{
    [Theory]
    [InlineData("timeline")]
    [InlineData("pillars")]
    [InlineData("timeline", "--help")]
    [InlineData("picnic")]
    public void A_run_whose_output_is_redirected_does_not_load_the_terminal_console(params string[] args)
    {
        var loaded = AssembliesLoadedBy(args);

        Assert.Contains("aseanun-explorer", loaded);
        Assert.Contains("AseanUn", loaded);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Spectre.Console.dll")), "Spectre.Console.dll ships beside the explorer for the terminal");
        Assert.DoesNotContain(loaded, name => name.StartsWith("Spectre.Console", StringComparison.Ordinal));
    }

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

    // Runs the built explorer in a process of its own, its output redirected, and returns the assemblies it loaded.
    private static string[] AssembliesLoadedBy(string[] args)
    {
        var list = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                WorkingDirectory = RepositoryRoot.Path,
                Environment =
                {
                    ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
                    ["ASEANUN_LOADED_ASSEMBLIES"] = list,
                },
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aseanun-explorer.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(output.Result.Length + error.Length > 0, "the explorer wrote nothing");
            return File.ReadAllLines(list);
        }
        finally
        {
            File.Delete(list);
        }
    }
}
