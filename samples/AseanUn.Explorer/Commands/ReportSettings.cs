using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// Where <c>report</c> writes the page, and which dataset it shows: the built-in one or a stack of layers, a JSON document
/// on its own, or a document merged on top (<c>--merge</c>, as <c>validate</c> takes it; implied by a stack).
/// </summary>
internal sealed class ReportSettings : StackSettings
{
    /// <summary>Gets or sets the JSON document to show instead of, or with <see cref="Merge"/> in addition to, the built-in dataset.</summary>
    [CommandArgument(0, "[FILE]")]
    [Description("A JSON document in the interchange format (docs/data-format.md); without it the page shows the built-in dataset.")]
    public string? File { get; set; }

    /// <summary>Gets or sets whether <see cref="File"/> is merged into the built-in dataset.</summary>
    [CommandOption("--merge")]
    [Description("Show the document merged on top of the dataset (e.g. a later report's records) rather than on its own; implied by --with-layers and --layer. The same as naming it last with --layer.")]
    public bool Merge { get; set; }

    /// <summary>Gets or sets the HTML file to write.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The HTML file to write (replaced if it exists).")]
    public string? Out { get; set; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("Give the HTML file to write with --out.")
        : Merge && string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("--merge needs the JSON file to merge.")
        : ValidationResult.Success();
}
