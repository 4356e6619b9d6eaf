using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// Where <c>report</c> writes the page, and which dataset it shows: the built-in one or a stack of layers, a JSON document
/// on its own, or a document merged on top (<c>--merge</c>, as <c>validate</c> takes it; implied by a stack).
/// </summary>
internal sealed class ReportSettings : StackSettings
{
    /// <summary>Gets the arguments of <c>report</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Optional<ReportSettings>(
            "FILE", "A JSON document in the interchange format (docs/data-format.md); without it the page shows the built-in dataset.", (s, v) => s.File = v),
    ];

    /// <summary>Gets the options of <c>report</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. StackSettings.Options,
        OptionDefinition.Flag<ReportSettings>(
            "--merge",
            "Show the document merged on top of the dataset (e.g. a later report's records) rather than on its own; implied by --with-layers and --layer. The same as naming it last with --layer.",
            s => s.Merge = true),
        OptionDefinition.Value<ReportSettings>("-o|--out", "FILE", "The HTML file to write (replaced if it exists).", (s, v) => s.Out = v),
    ];

    /// <summary>Gets or sets the JSON document to show instead of, or with <see cref="Merge"/> in addition to, the built-in dataset.</summary>
    public string? File { get; set; }

    /// <summary>Gets or sets whether <see cref="File"/> is merged into the built-in dataset.</summary>
    public bool Merge { get; set; }

    /// <summary>Gets or sets the HTML file to write.</summary>
    public string? Out { get; set; }

    /// <inheritdoc/>
    public override string? Validate() =>
        string.IsNullOrWhiteSpace(Out) ? "Give the HTML file to write with --out."
        : Merge && string.IsNullOrWhiteSpace(File) ? "--merge needs the JSON file to merge."
        : null;
}
