using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AseanUn.Explorer.Tests;

/// <summary>Runs the session the README shows and checks that every command still prints exactly what it shows.</summary>
public sealed partial class ReadmeSessionTests
{
    private const string Prompt = "$ dotnet run --project samples/AseanUn.Explorer -- ";
    private const string ExitSuffix = "; echo \"exit $?\"";

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, output) in Session())
        {
            data.Add(command, output);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_a_session()
    {
        Assert.True(Session().Count >= 2);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_of_the_readme_session_prints_what_the_readme_shows(string command, string expected)
    {
        var showsExit = command.EndsWith(ExitSuffix, StringComparison.Ordinal);
        var args = command[..(showsExit ? command.Length - ExitSuffix.Length : command.Length)].Split(' ');
        var run = ExplorerRun.Of(args);
        var actual = run.Output + run.Error + (showsExit ? $"exit {run.ExitCode}\n" : "");
        if (!showsExit)
        {
            Assert.Equal(0, run.ExitCode);
        }

        Assert.Equal(expected, actual.TrimEnd('\n'));
    }

    private static List<(string Command, string Output)> Session()
    {
        var readme = RepositoryFiles.Read("README.md");
        var section = readme[readme.IndexOf("## Explorer", StringComparison.Ordinal)..];
        var block = ConsoleBlock().Match(section).Groups[1].Value;
        var session = new List<(string, string)>();
        foreach (var part in block.Split(Prompt, StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            session.Add((part[..newline], part[(newline + 1)..].TrimEnd('\n')));
        }

        return session;
    }

    [GeneratedRegex("```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();
}
