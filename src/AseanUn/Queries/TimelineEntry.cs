using System;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>One dated record on the timeline, with the date that places it there.</summary>
/// <param name="Date">The date that places the record: an event's date, an instrument's date, an activity's period, a figure's as-of date.</param>
/// <param name="Record">The record.</param>
public readonly record struct TimelineEntry(PartialDate Date, PartnershipRecord Record) : IComparable<TimelineEntry>
{
    /// <summary>Gets the kind shown for the record: its <see cref="PartnershipRecord.KindName"/> (the event or instrument kind), else the record type.</summary>
    public string Kind => Record.KindName ?? Record.GetType().Name;

    /// <summary>Gets the record's title.</summary>
    public string Title => Record.Label;

    /// <summary>Gets the id of the place, for events that have one.</summary>
    public string? PlaceId => (Record as Event)?.PlaceId;

    /// <summary>
    /// Orders by date span (see <see cref="PartialDate.CompareTo(PartialDate)"/>), then by record id (ordinal), so that
    /// records on the same date always come in the same order.
    /// </summary>
    public int CompareTo(TimelineEntry other)
    {
        var result = Date.CompareTo(other.Date);
        return result != 0 ? result : string.CompareOrdinal(Record.Id, other.Record.Id);
    }

    /// <summary>Returns the date that places <paramref name="record"/> on the timeline (its <see cref="PartnershipRecord.TimelineDate"/>), or <see langword="null"/> if it has none.</summary>
    public static PartialDate? DateOf(PartnershipRecord record) => record.TimelineDate;
}
