using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The option every listing command (and <c>validate</c>) has: JSON instead of text, besides the stack to read.</summary>
internal class ListingSettings : StackSettings
{
    /// <summary>Gets the options of a listing: <c>--json</c> and the stack's.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. StackSettings.Options,
        OptionDefinition.Flag<ListingSettings>("--json", "Write JSON instead of text, for scripts (e.g. piped into jq).", s => s.Json = true),
    ];

    /// <summary>Gets or sets whether to write JSON for scripts instead of text.</summary>
    public bool Json { get; set; }
}
