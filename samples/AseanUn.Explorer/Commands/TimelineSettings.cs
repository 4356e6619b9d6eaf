using System;
using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Explorer.CommandLine;
using AseanUn.Queries;

namespace AseanUn.Explorer.Commands;

/// <summary>The filters of <c>timeline</c>; every given filter must hold.</summary>
internal sealed class TimelineSettings : ListingSettings
{
    /// <summary>Gets the options of <c>timeline</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. ListingSettings.Options,
        OptionDefinition.Value<TimelineSettings>(
            "--from", "DATE",
            "Keep records whose date reaches this date or later (EDTF: 2014, 2014-06, 2014-06-19).",
            (s, v) => s.From = v),
        OptionDefinition.Value<TimelineSettings>(
            "--to", "DATE",
            "Keep records whose date begins on or before this date (EDTF).",
            (s, v) => s.To = v),
        OptionDefinition.Value<TimelineSettings>(
            "--pillar", "CODE",
            "Keep records tagged under this pillar: PS, EC, SC or SS.",
            (s, v) => s.Pillar = v),
        OptionDefinition.Value<TimelineSettings>(
            "--line", "CODE",
            "Keep records tagged with this action line (SC.1.2) or any line of this area (SC.1).",
            (s, v) => s.Line = v),
        OptionDefinition.Value<TimelineSettings>(
            "--kind", "KIND",
            "Keep records of this kind: an event kind (summit, workshop…), an instrument kind (planOfAction…) or event, instrument, activity, figure.",
            (s, v) => s.Kind = v),
        OptionDefinition.Value<TimelineSettings>(
            "--org", "NAME",
            "Keep records involving this organisation (id, name, acronym or alias: UNICEF, ESCAP, asean-secretariat).",
            (s, v) => s.Organisation = v),
        OptionDefinition.Value<TimelineSettings>(
            "--state", "NAME",
            "Keep records involving this member state, directly or through a grouping (name or ISO code: \"Lao PDR\", LA).",
            (s, v) => s.MemberState = v),
        OptionDefinition.Value<TimelineSettings>(
            "--as-of", "DATE",
            "Show the timeline as it stood then: records that had begun by this date (EDTF; a month or year means its last day).",
            (s, v) => s.AsOf = v),
    ];

    /// <summary>Gets or sets the earliest date, as EDTF.</summary>
    public string? From { get; set; }

    /// <summary>Gets or sets the latest date, as EDTF.</summary>
    public string? To { get; set; }

    /// <summary>Gets or sets a pillar code.</summary>
    public string? Pillar { get; set; }

    /// <summary>Gets or sets an action-line or area code.</summary>
    public string? Line { get; set; }

    /// <summary>Gets or sets a kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets an organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>Gets or sets a member state.</summary>
    public string? MemberState { get; set; }

    /// <summary>Gets or sets the day to look back from, as EDTF.</summary>
    public string? AsOf { get; set; }

    /// <summary>Gets the last day of <see cref="AsOf"/>, set by <see cref="Validate"/>.</summary>
    public NodaTime.LocalDate? AsOfDay { get; private set; }

    /// <summary>Gets the span of days from <see cref="From"/> to <see cref="To"/>, set by <see cref="Validate"/>.</summary>
    public (NodaTime.LocalDate Start, NodaTime.LocalDate End) Span { get; private set; } = (NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue);

    /// <summary>Gets the filter <see cref="Kind"/> names, set by <see cref="Validate"/>.</summary>
    public Func<RecordQuery, RecordQuery> KindFilter { get; private set; } = q => q;

    /// <inheritdoc/>
    public override string? Validate()
    {
        var start = Span.Start;
        var end = Span.End;
        if (From is not null)
        {
            if (!PartialDate.TryParse(From, out var from, out var error))
            {
                return $"--from: {error}";
            }

            start = from.Start;
        }

        if (To is not null)
        {
            if (!PartialDate.TryParse(To, out var to, out var error))
            {
                return $"--to: {error}";
            }

            end = to.End;
        }

        if (AsOf is not null)
        {
            if (!PartialDate.TryParse(AsOf, out var asOf, out var error))
            {
                return $"--as-of: {error}";
            }

            AsOfDay = asOf.End;
        }

        if (start > end)
        {
            return $"--from {From} comes after --to {To}.";
        }

        Span = (start, end);
        if (Kind is not null)
        {
            if (!AseanUn.Explorer.Records.KindFilter.TryParse(Kind, out var filter))
            {
                return AseanUn.Explorer.Records.KindFilter.Rejection(Kind);
            }

            KindFilter = filter;
        }

        return null;
    }
}
