using System.Threading;
using AseanUn.Explorer.Infrastructure;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the help of the explorer, or of one command: <c>help timeline</c> is <c>timeline --help</c>.</summary>
internal sealed class HelpCommand(ExplorerContext context) : Command<HelpSettings>
{
    public override int Execute(CommandContext commandContext, HelpSettings settings, CancellationToken cancellationToken) =>
        ExplorerApp.Run(settings.Command is { } command ? [command, "--help"] : ["--help"], context);
}
