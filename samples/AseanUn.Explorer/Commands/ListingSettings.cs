using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The option every listing command has: JSON instead of a table.</summary>
internal class ListingSettings : CommandSettings
{
    /// <summary>Gets or sets whether to write JSON for scripts instead of a table.</summary>
    [CommandOption("--json")]
    [Description("Write JSON instead of a table, for scripts (e.g. piped into jq).")]
    public bool Json { get; set; }
}
