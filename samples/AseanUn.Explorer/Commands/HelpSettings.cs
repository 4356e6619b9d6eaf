using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The command <c>help</c> describes, if any.</summary>
internal sealed class HelpSettings : CommandSettings
{
    /// <summary>Gets the arguments of <c>help</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Optional<HelpSettings>("COMMAND", "The command to describe, e.g. timeline; without it, every command.", (s, v) => s.Command = v),
    ];

    /// <summary>Gets or sets the command to describe; the whole explorer when not given.</summary>
    public string? Command { get; set; }
}
