using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The words <c>find</c> looks for.</summary>
internal sealed class FindSettings : ListingSettings
{
    /// <summary>Gets or sets the words; a record must contain every one.</summary>
    [CommandArgument(0, "<TEXT>")]
    [Description("Words to find in names, titles, acronyms, aliases and codes; case and accents do not matter.")]
    public string[] Words { get; set; } = [];

    /// <summary>Gets the words as one text.</summary>
    public string Text => string.Join(' ', Words);
}
