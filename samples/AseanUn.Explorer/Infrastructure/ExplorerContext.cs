using System;
using System.IO;
using AseanUn.Rules;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>What every command works with: the dataset, where output and errors go, and how to lay listings out.</summary>
/// <param name="output">Where answers go (standard output): listings, JSON, SVG, help.</param>
/// <param name="error">Where one-line error messages go (standard error).</param>
/// <param name="layout">How listings are drawn.</param>
/// <param name="width">
/// The width to lay out help and tables in; null on a terminal, whose width the rich console detects. A width given
/// with the rich layout also leaves out colours and ANSI codes (tests).
/// </param>
/// <param name="dataset">The built-in dataset: what the commands query, and the bottom of every stack of layers.</param>
/// <param name="workingDirectory">The folder that relative file paths on the command line are relative to.</param>
/// <param name="input">Opens standard input, which a file argument of <c>-</c> names; none when not given.</param>
internal sealed class ExplorerContext(
    TextWriter output, TextWriter error, OutputLayout layout, int? width, PartnershipDataset dataset, string workingDirectory, Func<Stream>? input = null)
{
    // Created on first use, by the rich layout only: the plain layout never loads Spectre.Console.
    private RichConsole? _rich;

    /// <summary>Gets the writer for the answer, for text that must pass unwrapped and unstyled (plain listings, JSON, SVG, help).</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Gets the writer for error messages; it escapes control characters (<see cref="TerminalWriter"/>), since messages quote data.</summary>
    public TextWriter Error { get; } = new TerminalWriter(error);

    /// <summary>Gets how listings are drawn.</summary>
    public OutputLayout Layout { get; } = layout;

    /// <summary>Gets the console for tables and trees on a terminal; only the rich layout uses it.</summary>
    public RichConsole Rich => _rich ??= new RichConsole(Out, width);

    /// <summary>Gets the width to lay help out in: the one given, else the terminal's.</summary>
    public int Width => width ?? Rich.Width;

    /// <summary>Gets the built-in dataset the explorer was started with, the bottom of every stack.</summary>
    public PartnershipDataset BuiltIn { get; } = dataset;

    /// <summary>
    /// Gets the dataset the command reads: the built-in one, or the stack of layers the command line names, which
    /// <see cref="ExplorerApp"/> builds before the command runs.
    /// </summary>
    public PartnershipDataset Dataset { get; private set; } = dataset;

    /// <summary>Makes <paramref name="stack"/> the dataset the command reads.</summary>
    public void UseStack(PartnershipDataset stack) => Dataset = stack;

    /// <summary>Opens standard input (for a file argument of <c>-</c>), or returns an empty stream when there is none.</summary>
    public Stream OpenInput() => input?.Invoke() ?? Stream.Null;

    /// <summary>Returns the full path of a file named on the command line, relative paths taken from the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, workingDirectory);

    /// <summary>Writes a line of text, its control characters escaped: wrapped on a terminal, as it is otherwise.</summary>
    public void WriteLine(string text)
    {
        if (Layout == OutputLayout.Rich)
        {
            Rich.WriteLine(ReadableText.Escape(text));
        }
        else
        {
            WriteUnwrappedLine(text);
        }
    }

    /// <summary>
    /// Writes a line of text unwrapped, whatever the layout, its control characters escaped: for lines tools parse,
    /// such as <c>file:line:column: message</c>.
    /// </summary>
    public void WriteUnwrappedLine(string text)
    {
        Out.Write(ReadableText.Escape(text));
        Out.Write('\n');
    }
}
