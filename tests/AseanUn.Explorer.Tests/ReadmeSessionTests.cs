using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AseanUn.Explorer.Tests;

/// <summary>Runs the sessions the README and the explorer's docs show and checks that every command still prints exactly what they show.</summary>
public sealed partial class ReadmeSessionTests
{
    private const string ReadmePrompt = "$ dotnet run --project samples/AseanUn.Explorer -- ";
    private const string DocsPrompt = "$ aseanun ";
    private const string ExitSuffix = "; echo \"exit $?\"";

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, output) in ReadmeSession().Concat(DocsSessions()))
        {
            data.Add(command, output);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_a_session_and_the_docs_show_validate()
    {
        Assert.True(ReadmeSession().Count >= 2);
        Assert.Contains(DocsSessions(), s => s.Command.StartsWith("validate ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_of_the_sessions_prints_what_the_docs_show(string command, string expected)
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

    // The first console block of the README's Explorer section.
    private static List<(string Command, string Output)> ReadmeSession()
    {
        var readme = RepositoryRoot.ReadAllText("README.md");
        var section = readme[readme.IndexOf("## Explorer", StringComparison.Ordinal)..];
        return CommandsOf(ConsoleBlock().Match(section).Groups[1].Value, ReadmePrompt);
    }

    // Every console block of docs/explorer.md.
    private static List<(string Command, string Output)> DocsSessions() =>
        [.. ConsoleBlock().Matches(RepositoryRoot.ReadAllText("docs", "explorer.md")).SelectMany(block => CommandsOf(block.Groups[1].Value, DocsPrompt))];

    private static List<(string Command, string Output)> CommandsOf(string block, string prompt)
    {
        Assert.StartsWith(prompt, block, StringComparison.Ordinal);
        var session = new List<(string, string)>();
        foreach (var part in block.Split(prompt, StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            session.Add((part[..newline], part[(newline + 1)..].TrimEnd('\n')));
        }

        return session;
    }

    [GeneratedRegex("```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();
}
