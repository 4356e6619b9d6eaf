using System;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>What <c>export</c> writes and where.</summary>
internal sealed class ExportSettings : StackSettings
{
    private const string Formats = "json, csv or markdown";

    /// <summary>Gets or sets the format, as written on the command line.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("The format: json (the interchange format), csv or markdown (a table row per record).")]
    public string? Format { get; set; }

    /// <summary>Gets or sets the file to write; standard output when not given.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The file to write (replaced if it exists, UTF-8); without it the export goes to standard output.")]
    public string? Out { get; set; }

    /// <summary>Gets the format <see cref="Format"/> names, set by <see cref="Validate"/>.</summary>
    public ExportFormat ParsedFormat { get; private set; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Format is null)
        {
            return ValidationResult.Error($"Give the format with --format: {Formats}.");
        }

        // Only the names: Enum.TryParse would also take numbers and comma-separated lists.
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            if (string.Equals(format.ToString(), Format, StringComparison.OrdinalIgnoreCase))
            {
                ParsedFormat = format;
                return ValidationResult.Success();
            }
        }

        return ValidationResult.Error($"--format '{Format}' is not a format; use {Formats}.");
    }
}
