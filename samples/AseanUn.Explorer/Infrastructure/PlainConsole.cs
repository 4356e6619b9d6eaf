using System.IO;
using Spectre.Console;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>A console that writes plain text (no ANSI codes, no colour, no prompts) to a writer, at a fixed width.</summary>
internal static class PlainConsole
{
    /// <summary>Creates a console that writes to <paramref name="writer"/>, <paramref name="width"/> columns wide.</summary>
    public static IAnsiConsole Create(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
