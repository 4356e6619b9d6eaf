using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using NodaTime;

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

    /// <summary>Returns the timeline as it stood on <paramref name="date"/>: the entries that had begun by then, in timeline order.</summary>
    /// <remarks>
    /// An entry counts once its first day is on or before <paramref name="date"/>; a meeting under way that day counts, a
    /// plan expected later does not. Together with <see cref="StatusAsOf"/>, this answers what the dataset's sources
    /// record as having happened by a date. Allocates the result.
    /// </remarks>
    /// <param name="date">The day to look back from.</param>
    public EquatableArray<TimelineEntry> TimelineAsOf(LocalDate date)
    {
        var entries = Timeline;
        var count = 0;
        while (count < entries.Count && entries[count].Date.Start <= date)
        {
            count++;
        }

        return EquatableArray.From(entries.AsSpan()[..count].ToArray());
    }

    /// <summary>Returns the status of the instrument <paramref name="instrumentId"/> as known on <paramref name="date"/> (see <see cref="Instrument.StatusAsOf"/>).</summary>
    /// <param name="instrumentId">The instrument's id, e.g. <c>asean-un-plan-of-action-2016-2020</c>.</param>
    /// <param name="date">The day to ask about.</param>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No instrument has the id.</exception>
    public InstrumentStatus? StatusAsOf(string instrumentId, LocalDate date) => Get<Instrument>(instrumentId).StatusAsOf(date);
}
