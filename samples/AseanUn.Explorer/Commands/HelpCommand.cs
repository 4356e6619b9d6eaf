using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the help of the explorer, or of one command: <c>help timeline</c> is <c>timeline --help</c>.</summary>
internal sealed class HelpCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(HelpSettings settings) =>
        ExplorerApp.Run(settings.Command is { } command ? [command, "--help"] : ["--help"], context);
}
