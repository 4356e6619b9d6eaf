using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AseanUn.Explorer.CommandLine;

/// <summary>
/// Writes the explorer's help, and one command's, as plain text laid out in <c>width</c> columns: sections in capitals,
/// a column of names and a column of descriptions wrapped at word breaks, no line with trailing spaces. The same text
/// on a terminal and in a file.
/// </summary>
internal static class HelpWriter
{
    private const string Indent = "    ";
    private const string Gap = "    ";

    // The explorer's own help shows this many examples, the first commands' (it has none of its own).
    private const int RootExamples = 5;

    private static readonly (string Names, string Description)[] RootOptions =
        [("-h, --help", "Prints help information"), ("-v, --version", "Prints version information")];

    /// <summary>Returns the explorer's help: usage, examples, options and every command.</summary>
    public static string Root(IReadOnlyList<CommandDefinition> commands, int width)
    {
        var text = new StringBuilder();
        Section(text, "USAGE", [$"{Indent}{ExplorerApp.Name} [OPTIONS] <COMMAND>"]);
        Section(text, "EXAMPLES", Examples(commands.SelectMany(c => c.Examples).Take(RootExamples)));
        Section(text, "OPTIONS", Columns(RootOptions, width));
        var rows = commands.Select(c => (string.Join(' ', c.Arguments.Where(a => a.IsRequired).Select(a => a.Usage).Prepend(c.Name)), c.Description));
        Section(text, "COMMANDS", Columns(rows, width));
        return Finish(text);
    }

    /// <summary>Returns the help of <paramref name="command"/>: description, usage, examples, arguments and options.</summary>
    public static string Of(CommandDefinition command, int width)
    {
        var text = new StringBuilder();
        Section(text, "DESCRIPTION", Wrap(Sentence(command.Description), width));
        var usage = command.Arguments.Select(a => a.Usage).Prepend(command.Name).Prepend(ExplorerApp.Name).Append("[OPTIONS]");
        Section(text, "USAGE", [Indent + string.Join(' ', usage)]);
        Section(text, "EXAMPLES", Examples(command.Examples));
        Section(text, "ARGUMENTS", Columns(command.Arguments.Select(a => (a.Usage, a.Description)), width));

        // Long names line up after the short ones: "-o, --out <FILE>" above "    --json".
        var options = command.Options.Select(o => (o.Names.Count > 1 ? o.Usage : Indent + o.Usage, o.Description));
        Section(text, "OPTIONS", Columns(options.Prepend(RootOptions[0]), width));
        return Finish(text);
    }

    private static IEnumerable<string> Examples(IEnumerable<string> examples) =>
        examples.Select(e => $"{Indent}{ExplorerApp.Name} {e}");

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var body = lines.ToList();
        if (body.Count == 0)
        {
            return;
        }

        text.Append(title).Append(":\n");
        foreach (var line in body)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
    }

    // Two columns: the names, then the descriptions, wrapped in what is left of the width.
    private static IEnumerable<string> Columns(IEnumerable<(string Names, string Description)> rows, int width)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            yield break;
        }

        var column = Indent.Length + all.Max(r => r.Names.Length) + Gap.Length;
        foreach (var (names, description) in all)
        {
            var lines = Wrap(Sentence(description), Math.Max(width - column, 20));
            var first = true;
            foreach (var line in lines)
            {
                yield return (first ? (Indent + names).PadRight(column) : new string(' ', column)) + line;
                first = false;
            }
        }
    }

    // Help lists read as labels: a description's closing full stop is left out.
    private static string Sentence(string description) => description.EndsWith('.') ? description[..^1] : description;

    // Breaks text at spaces into lines of at most width characters (a longer word gets a line of its own).
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string Finish(StringBuilder text) => text.ToString().TrimEnd('\n') + "\n";
}
