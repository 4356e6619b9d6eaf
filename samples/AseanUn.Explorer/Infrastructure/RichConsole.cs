using System.IO;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// The terminal's console for bordered tables, trees and wrapped lines (Spectre.Console). Only the rich layout creates
/// one, so output that goes to a pipe or a file never loads Spectre.Console: keep its types out of everything else.
/// </summary>
internal sealed class RichConsole
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates a console on <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the console writes.</param>
    /// <param name="width">
    /// The width to lay out in, with no colour or ANSI codes (tests); null on a real terminal, whose width and colours
    /// the console detects.
    /// </param>
    public RichConsole(TextWriter writer, int? width)
    {
        var settings = new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) };
        if (width is not null)
        {
            settings.Ansi = AnsiSupport.No;
            settings.ColorSystem = ColorSystemSupport.NoColors;
            settings.Interactive = InteractionSupport.No;
        }

        _console = AnsiConsole.Create(settings);
        if (width is { } columns)
        {
            _console.Profile.Width = columns;
        }
    }

    /// <summary>Gets the width the console lays out in.</summary>
    public int Width => _console.Profile.Width;

    /// <summary>Draws <paramref name="renderable"/>.</summary>
    public void Write(IRenderable renderable) => _console.Write(renderable);

    /// <summary>Writes <paramref name="text"/> as it is (no markup), wrapped at the console's width, and a line end.</summary>
    public void WriteLine(string text) => _console.WriteLine(text);
}
