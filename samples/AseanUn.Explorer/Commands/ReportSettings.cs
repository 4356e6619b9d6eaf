using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Where <c>report</c> writes the page, and an optional file to merge into the built-in dataset first.</summary>
internal sealed class ReportSettings : CommandSettings
{
    /// <summary>Gets or sets the HTML file to write.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The HTML file to write (replaced if it exists).")]
    public string? Out { get; set; }

    /// <summary>Gets or sets a JSON document to merge into the built-in dataset before writing the page.</summary>
    [CommandOption("--merge <FILE>")]
    [Description("A JSON document (e.g. a later report's records) merged into the built-in dataset; the page shows both.")]
    public string? Merge { get; set; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("Give the HTML file to write with --out.") : ValidationResult.Success();
}
