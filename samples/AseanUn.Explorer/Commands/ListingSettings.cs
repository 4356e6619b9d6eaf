using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The option every listing command (and <c>validate</c>) has: JSON instead of text, besides the stack to read.</summary>
internal class ListingSettings : StackSettings
{
    /// <summary>Gets or sets whether to write JSON for scripts instead of text.</summary>
    [CommandOption("--json")]
    [Description("Write JSON instead of text, for scripts (e.g. piped into jq).")]
    public bool Json { get; set; }
}
