using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// The two datasets <c>diff</c> compares. The earlier is the stack the global options name (<see cref="StackSettings"/>);
/// the later is that stack with <see cref="First"/> merged on top, or the stack the <c>--to-</c> options name, or, with
/// two files, the files themselves.
/// </summary>
internal sealed class DiffSettings : ListingSettings
{
    /// <summary>Gets or sets the first file: merged into the earlier stack, or, with <see cref="Second"/>, the earlier dataset.</summary>
    [CommandArgument(0, "[FILE]")]
    [Description("A layer file, compared as the dataset (with --with-layers and --layer, the stack they name) with it merged on top; or the earlier of two dataset files. Without it and without --to- options, the built-in dataset is compared with its shipped layers.")]
    public string? First { get; set; }

    /// <summary>Gets or sets the second file, the later dataset.</summary>
    [CommandArgument(1, "[LATER-FILE]")]
    [Description("The later dataset file, compared with the first.")]
    public string? Second { get; set; }

    /// <summary>Gets or sets whether the later stack starts from the built-in dataset with its shipped layers.</summary>
    [CommandOption("--to-with-layers")]
    [Description("The later stack starts from the built-in dataset with its shipped layers.")]
    public bool ToWithLayers { get; set; }

    /// <summary>Gets or sets the layer files of the later stack, in order; repeatable.</summary>
    [CommandOption("--to-layer <FILE>")]
    [Description("A layer file of the later stack, merged in the order given (repeatable). The later stack is built on its own, from the built-in dataset: --with-layers and --layer name only the earlier one.")]
    public string[]? ToLayers { get; set; }

    /// <summary>Gets the later stack's layer files, none when not given.</summary>
    public string[] ToLayerFiles => ToLayers ?? [];

    /// <summary>Gets whether any <c>--to-</c> option names the later stack.</summary>
    public bool HasToStack => ToWithLayers || ToLayerFiles.Length > 0;

    /// <inheritdoc/>
    public override ValidationResult Validate() => (First, Second) switch
    {
        (_, not null) when HasStack || HasToStack =>
            ValidationResult.Error("Two dataset files are compared as they are: leave out --with-layers, --layer and the --to- options, or give one file."),
        (not null, null) when HasToStack =>
            ValidationResult.Error("Name the later dataset once: a FILE merged on the earlier stack, or the --to- options, not both."),
        (null, null) when HasStack && !HasToStack =>
            ValidationResult.Error("Say what to compare the stack with: a layer FILE to merge on it, or the later stack with --to-with-layers and --to-layer."),
        _ => ValidationResult.Success(),
    };
}
