using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Spectre.Console.Cli's help, drawn as plain text without the spaces it pads lines with, for output that goes to a
/// pipe or a file (where trailing spaces end up in diffs and in what people copy). On a terminal the styled help stays.
/// </summary>
/// <param name="settings">The app's settings.</param>
/// <param name="width">The width to lay the help out in.</param>
internal sealed class PlainHelpProvider(ICommandAppSettings settings, int width) : HelpProvider(settings)
{
    /// <inheritdoc/>
    public override IEnumerable<IRenderable> Write(ICommandModel model, ICommandInfo? command)
    {
        var text = new StringWriter { NewLine = "\n" };
        var console = PlainConsole.Create(text, width);
        foreach (var renderable in base.Write(model, command))
        {
            console.Write(renderable);
        }

        var lines = text.ToString().Split('\n').Select(line => line.TrimEnd());
        return [new Text(string.Join('\n', lines).TrimEnd('\n') + "\n")];
    }
}
