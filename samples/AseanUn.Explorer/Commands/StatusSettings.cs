using System.ComponentModel;
using AseanUn.Dates;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The instrument and the date <c>status</c> answers about.</summary>
internal sealed class StatusSettings : ListingSettings
{
    /// <summary>Gets or sets what names the instrument.</summary>
    [CommandArgument(0, "<INSTRUMENT>")]
    [Description("An instrument's id (asean-un-mou-2007), short name or acronym (MPAC), or title.")]
    public string Instrument { get; set; } = "";

    /// <summary>Gets or sets the date asked about, as EDTF.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("The date to ask about (EDTF; a month or year means its last day). Default: the dataset's as-of date.")]
    public string? AsOf { get; set; }

    /// <summary>Gets <see cref="AsOf"/> parsed, set by <see cref="Validate"/>; null when not given.</summary>
    public PartialDate? AsOfDate { get; private set; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (AsOf is null)
        {
            return ValidationResult.Success();
        }

        if (!PartialDate.TryParse(AsOf, out var asOf, out var error))
        {
            return ValidationResult.Error($"--as-of: {error}");
        }

        if (asOf.HasOpenEnd || asOf.HasUnknownEnd)
        {
            return ValidationResult.Error($"--as-of: '{AsOf}' has no last day to ask about; give a day, month or year.");
        }

        AsOfDate = asOf;
        return ValidationResult.Success();
    }
}
