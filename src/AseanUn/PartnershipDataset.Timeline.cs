using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Queries;

namespace AseanUn;

// The timeline: dated records in date order.
public sealed partial class PartnershipDataset
{
    /// <summary>Gets every dated record in date order; ties keep a stable order by id (see <see cref="TimelineEntry.CompareTo"/>).</summary>
    /// <remarks>
    /// A record's place on the timeline is an event's date, an instrument's date (else its period), an activity's period
    /// or a figure's as-of date (<see cref="TimelineEntry.DateOf"/>). Dates order by span: start day, then end day, so a
    /// day comes before the month that begins with it and "2015" comes after "2015-01-01" but before "2015-02".
    /// Records on the same span are ordered by id (ordinal), so the order never depends on how the data was loaded.
    /// </remarks>
    public EquatableArray<TimelineEntry> Timeline => Index.Timeline.Entries;

    /// <summary>Returns the timeline entries whose date shares at least one day with <paramref name="interval"/>, in timeline order.</summary>
    /// <remarks>Overlap as in <see cref="PartialDate.Overlaps(PartialDate)"/>. Allocates the result; visits only entries that can overlap.</remarks>
    /// <param name="interval">The interval, e.g. <c>PartialDate.Years(2014, 2016)</c>.</param>
    public EquatableArray<TimelineEntry> TimelineDuring(PartialDate interval) => Index.Timeline.Overlapping(interval.Start, interval.End);
}
