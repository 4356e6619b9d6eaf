using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The two datasets <c>diff</c> compares.</summary>
internal sealed class DiffSettings : ListingSettings
{
    /// <summary>Gets or sets the first file: merged into the built-in dataset, or, with <see cref="Second"/>, the earlier dataset.</summary>
    [CommandArgument(0, "[FILE]")]
    [Description("A merge file (compared as the built-in dataset with it merged in), or the earlier of two dataset files. Without it, the built-in dataset is compared with its shipped layers.")]
    public string? First { get; set; }

    /// <summary>Gets or sets the second file, the later dataset.</summary>
    [CommandArgument(1, "[LATER-FILE]")]
    [Description("The later dataset file, compared with the first.")]
    public string? Second { get; set; }
}
