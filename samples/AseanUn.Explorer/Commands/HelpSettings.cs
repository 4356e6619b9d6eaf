using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The command <c>help</c> describes, if any.</summary>
internal sealed class HelpSettings : CommandSettings
{
    /// <summary>Gets or sets the command to describe; the whole explorer when not given.</summary>
    [CommandArgument(0, "[COMMAND]")]
    [Description("The command to describe, e.g. timeline; without it, every command.")]
    public string? Command { get; set; }
}
