using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The instrument and the date <c>status</c> answers about.</summary>
internal sealed class StatusSettings : ListingSettings
{
    /// <summary>Gets the arguments of <c>status</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Required<StatusSettings>(
            "INSTRUMENT", "An instrument's id (asean-un-mou-2007), short name or acronym (MPAC), or title.", (s, v) => s.Instrument = v),
    ];

    /// <summary>Gets the options of <c>status</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. ListingSettings.Options,
        OptionDefinition.Value<StatusSettings>(
            "--as-of", "DATE", "The date to ask about (EDTF; a month or year means its last day). Default: the dataset's as-of date.", (s, v) => s.AsOf = v),
    ];

    /// <summary>Gets or sets what names the instrument.</summary>
    public string Instrument { get; set; } = "";

    /// <summary>Gets or sets the date asked about, as EDTF.</summary>
    public string? AsOf { get; set; }

    /// <summary>Gets <see cref="AsOf"/> parsed, set by <see cref="Validate"/>; null when not given.</summary>
    public PartialDate? AsOfDate { get; private set; }

    /// <inheritdoc/>
    public override string? Validate()
    {
        if (AsOf is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(AsOf, out var asOf, out var error))
        {
            return $"--as-of: {error}";
        }

        if (asOf.HasOpenEnd || asOf.HasUnknownEnd)
        {
            return $"--as-of: '{AsOf}' has no last day to ask about; give a day, month or year.";
        }

        AsOfDate = asOf;
        return null;
    }
}
