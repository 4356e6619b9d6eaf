using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The option every listing command (and <c>validate</c>) has: JSON instead of text.</summary>
internal class ListingSettings : CommandSettings
{
    /// <summary>Gets or sets whether to write JSON for scripts instead of text.</summary>
    [CommandOption("--json")]
    [Description("Write JSON instead of text, for scripts (e.g. piped into jq).")]
    public bool Json { get; set; }
}
