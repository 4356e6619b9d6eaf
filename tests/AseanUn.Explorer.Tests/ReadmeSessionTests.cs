using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// Runs the sessions the README and the explorer's docs show and checks that every command still prints exactly what
/// they show. With <c>ASEANUN_WRITE_DOCS=1</c> (eng/regenerate.sh) each shown output is rewritten to the real one first.
/// </summary>
public sealed partial class ReadmeSessionTests
{
    private const string Prompt = "$ aseanun ";
    private const string ExitSuffix = "; echo \"exit $?\"";
    private static readonly string[] Documents = ["README.md", Path.Combine("docs", "explorer.md")];

    public static TheoryData<string, string, string> Commands()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var document in Documents)
        {
            foreach (var (command, output) in SessionsOf(document))
            {
                data.Add(document, command, output);
            }
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_sessions_and_the_docs_show_validate()
    {
        Assert.True(SessionsOf("README.md").Count >= 7);
        Assert.Contains(SessionsOf(Documents[1]), s => s.Command.StartsWith("validate ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_of_the_sessions_prints_what_the_docs_show(string document, string command, string expected)
    {
        var showsExit = command.EndsWith(ExitSuffix, StringComparison.Ordinal);
        var args = command[..(showsExit ? command.Length - ExitSuffix.Length : command.Length)].Split(' ');
        var run = ExplorerRun.Of(args);
        var actual = run.Output + run.Error + (showsExit ? $"exit {run.ExitCode}\n" : "");
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            var path = RepositoryRoot.Combine(document);
            var shown = $"{Prompt}{command}\n{expected}\n";
            File.WriteAllText(path, File.ReadAllText(path).Replace(shown, $"{Prompt}{command}\n{actual.TrimEnd('\n')}\n", StringComparison.Ordinal));
            expected = actual.TrimEnd('\n');
        }

        if (!showsExit)
        {
            Assert.Equal(0, run.ExitCode);
        }

        Assert.Equal(expected, actual.TrimEnd('\n'));
    }

    // Every console block of the document: the installed command's sessions.
    private static List<(string Command, string Output)> SessionsOf(string document) =>
        [.. ConsoleBlock().Matches(RepositoryRoot.ReadAllText(document).ReplaceLineEndings("\n")).SelectMany(block => CommandsOf(block.Groups[1].Value))];

    private static List<(string Command, string Output)> CommandsOf(string block)
    {
        Assert.StartsWith(Prompt, block, StringComparison.Ordinal);
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
