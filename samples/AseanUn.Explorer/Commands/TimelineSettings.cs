using System;
using System.ComponentModel;
using AseanUn.Dates;
using AseanUn.Explorer.Records;
using AseanUn.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The filters of <c>timeline</c>; every given filter must hold.</summary>
internal sealed class TimelineSettings : ListingSettings
{
    /// <summary>Gets or sets the earliest date, as EDTF.</summary>
    [CommandOption("--from <DATE>")]
    [Description("Keep records whose date reaches this date or later (EDTF: 2014, 2014-06, 2014-06-19).")]
    public string? From { get; set; }

    /// <summary>Gets or sets the latest date, as EDTF.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Keep records whose date begins on or before this date (EDTF).")]
    public string? To { get; set; }

    /// <summary>Gets or sets a pillar code.</summary>
    [CommandOption("--pillar <CODE>")]
    [Description("Keep records tagged under this pillar: PS, EC, SC or SS.")]
    public string? Pillar { get; set; }

    /// <summary>Gets or sets an action-line or area code.</summary>
    [CommandOption("--line <CODE>")]
    [Description("Keep records tagged with this action line (SC.1.2) or any line of this area (SC.1).")]
    public string? Line { get; set; }

    /// <summary>Gets or sets a kind.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("Keep records of this kind: an event kind (summit, workshop…), an instrument kind (planOfAction…) or event, instrument, activity, figure.")]
    public string? Kind { get; set; }

    /// <summary>Gets or sets an organisation.</summary>
    [CommandOption("--org <NAME>")]
    [Description("Keep records involving this organisation (id, name, acronym or alias: UNICEF, ESCAP, asean-secretariat).")]
    public string? Organisation { get; set; }

    /// <summary>Gets or sets a member state.</summary>
    [CommandOption("--state <NAME>")]
    [Description("Keep records involving this member state, directly or through a grouping (name or ISO code: \"Lao PDR\", LA).")]
    public string? MemberState { get; set; }

    /// <summary>Gets or sets the day to look back from, as EDTF.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Show the timeline as it stood then: records that had begun by this date (EDTF; a month or year means its last day).")]
    public string? AsOf { get; set; }

    /// <summary>Gets the last day of <see cref="AsOf"/>, set by <see cref="Validate"/>.</summary>
    public NodaTime.LocalDate? AsOfDay { get; private set; }

    /// <summary>Gets the span of days from <see cref="From"/> to <see cref="To"/>, set by <see cref="Validate"/>.</summary>
    public (NodaTime.LocalDate Start, NodaTime.LocalDate End) Span { get; private set; } = (NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue);

    /// <summary>Gets the filter <see cref="Kind"/> names, set by <see cref="Validate"/>.</summary>
    public Func<RecordQuery, RecordQuery> KindFilter { get; private set; } = q => q;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var start = Span.Start;
        var end = Span.End;
        if (From is not null)
        {
            if (!PartialDate.TryParse(From, out var from, out var error))
            {
                return ValidationResult.Error($"--from: {error}");
            }

            start = from.Start;
        }

        if (To is not null)
        {
            if (!PartialDate.TryParse(To, out var to, out var error))
            {
                return ValidationResult.Error($"--to: {error}");
            }

            end = to.End;
        }

        if (AsOf is not null)
        {
            if (!PartialDate.TryParse(AsOf, out var asOf, out var error))
            {
                return ValidationResult.Error($"--as-of: {error}");
            }

            AsOfDay = asOf.End;
        }

        if (start > end)
        {
            return ValidationResult.Error($"--from {From} comes after --to {To}.");
        }

        Span = (start, end);
        if (Kind is not null)
        {
            if (!Records.KindFilter.TryParse(Kind, out var filter))
            {
                return ValidationResult.Error(Records.KindFilter.Rejection(Kind));
            }

            KindFilter = filter;
        }

        return ValidationResult.Success();
    }
}
