using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// Where <c>report</c> writes the page, and which dataset it shows: the built-in one, a JSON document on its own, or a
/// document merged into the built-in dataset (<c>--merge</c>, as <c>validate</c> takes it).
/// </summary>
internal sealed class ReportSettings : CommandSettings
{
    /// <summary>Gets or sets the JSON document to show instead of, or with <see cref="Merge"/> in addition to, the built-in dataset.</summary>
    [CommandArgument(0, "[FILE]")]
    [Description("A JSON document in the interchange format (docs/data-format.md); without it the page shows the built-in dataset.")]
    public string? File { get; set; }

    /// <summary>Gets or sets whether <see cref="File"/> is merged into the built-in dataset.</summary>
    [CommandOption("--merge")]
    [Description("Show the document merged into the built-in dataset (e.g. a later report's records) rather than on its own.")]
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
