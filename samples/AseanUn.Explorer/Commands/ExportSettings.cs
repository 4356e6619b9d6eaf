using System;
using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>What <c>export</c> writes and where.</summary>
internal sealed class ExportSettings : StackSettings
{
    private const string Formats = "json, csv or markdown";

    /// <summary>Gets the options of <c>export</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. StackSettings.Options,
        OptionDefinition.Value<ExportSettings>(
            "-f|--format", "FORMAT", "The format: json (the interchange format), csv or markdown (a table row per record).", (s, v) => s.Format = v),
        OptionDefinition.Value<ExportSettings>(
            "-o|--out", "FILE", "The file to write (replaced if it exists, UTF-8); without it the export goes to standard output.", (s, v) => s.Out = v),
    ];

    /// <summary>Gets or sets the format, as written on the command line.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets the file to write; standard output when not given.</summary>
    public string? Out { get; set; }

    /// <summary>Gets the format <see cref="Format"/> names, set by <see cref="Validate"/>.</summary>
    public ExportFormat ParsedFormat { get; private set; }

    /// <inheritdoc/>
    public override string? Validate()
    {
        if (Format is null)
        {
            return $"Give the format with --format: {Formats}.";
        }

        // Only the names: Enum.TryParse would also take numbers and comma-separated lists.
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            if (string.Equals(format.ToString(), Format, StringComparison.OrdinalIgnoreCase))
            {
                ParsedFormat = format;
                return null;
            }
        }

        return $"--format '{Format}' is not a format; use {Formats}.";
    }
}
