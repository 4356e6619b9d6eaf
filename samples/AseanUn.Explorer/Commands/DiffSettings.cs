using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// The two datasets <c>diff</c> compares. The earlier is the stack the global options name (<see cref="StackSettings"/>);
/// the later is that stack with <see cref="First"/> merged on top, or the stack the <c>--to-</c> options name, or, with
/// two files, the files themselves.
/// </summary>
internal sealed class DiffSettings : ListingSettings
{
    private readonly List<string> _toLayers = [];

    /// <summary>Gets the arguments of <c>diff</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Optional<DiffSettings>(
            "FILE",
            "A layer file, compared as the dataset (with --with-layers and --layer, the stack they name) with it merged on top; or the earlier of two dataset files. Without it and without --to- options, the built-in dataset is compared with its shipped layers.",
            (s, v) => s.First = v),
        ArgumentDefinition.Optional<DiffSettings>("LATER-FILE", "The later dataset file, compared with the first.", (s, v) => s.Second = v),
    ];

    /// <summary>Gets the options of <c>diff</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. ListingSettings.Options,
        OptionDefinition.Flag<DiffSettings>(
            "--to-with-layers", "The later stack starts from the built-in dataset with its shipped layers.", s => s.ToWithLayers = true),
        OptionDefinition.Repeated<DiffSettings>(
            "--to-layer", "FILE",
            "A layer file of the later stack, merged in the order given (repeatable). The later stack is built on its own, from the built-in dataset: --with-layers and --layer name only the earlier one.",
            (s, file) => s._toLayers.Add(file)),
    ];

    /// <summary>Gets or sets the first file: merged into the earlier stack, or, with <see cref="Second"/>, the earlier dataset.</summary>
    public string? First { get; set; }

    /// <summary>Gets or sets the second file, the later dataset.</summary>
    public string? Second { get; set; }

    /// <summary>Gets or sets whether the later stack starts from the built-in dataset with its shipped layers.</summary>
    public bool ToWithLayers { get; set; }

    /// <summary>Gets the later stack's layer files, in order; none when not given.</summary>
    public IReadOnlyList<string> ToLayerFiles => _toLayers;

    /// <summary>Gets whether any <c>--to-</c> option names the later stack.</summary>
    public bool HasToStack => ToWithLayers || ToLayerFiles.Count > 0;

    /// <inheritdoc/>
    public override string? Validate() => (First, Second) switch
    {
        (_, not null) when HasStack || HasToStack =>
            "Two dataset files are compared as they are: leave out --with-layers, --layer and the --to- options, or give one file.",
        (not null, null) when HasToStack =>
            "Name the later dataset once: a FILE merged on the earlier stack, or the --to- options, not both.",
        (null, null) when HasStack && !HasToStack =>
            "Say what to compare the stack with: a layer FILE to merge on it, or the later stack with --to-with-layers and --to-layer.",
        _ => null,
    };
}
