using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>The timeline of a dataset, sorted once, with a date index over its entries for range queries.</summary>
internal sealed class TimelineIndex
{
    private readonly DateIndex _dates;

    public TimelineIndex(PartnershipRecord[] records)
    {
        var entries = new List<TimelineEntry>();
        foreach (var record in records)
        {
            if (record.TimelineDate is { } date)
            {
                entries.Add(new TimelineEntry(date, record));
            }
        }

        entries.Sort();
        Entries = EquatableArray.TakeOwnership(entries.ToArray());
        var spans = new List<(NodaTime.LocalDate Start, NodaTime.LocalDate End, int Position)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            spans.Add((entries[i].Date.Start, entries[i].Date.End, i));
        }

        _dates = new DateIndex(spans, inStartOrder: true);
    }

    /// <summary>Gets the entries in timeline order.</summary>
    public EquatableArray<TimelineEntry> Entries { get; }

    /// <summary>Returns the entries whose date shares a day with [<paramref name="start"/>, <paramref name="end"/>], in timeline order.</summary>
    /// <remarks>Timeline order is start order, so the index answers in that order, counted first: no list, no sort, one array.</remarks>
    public EquatableArray<TimelineEntry> Overlapping(NodaTime.LocalDate start, NodaTime.LocalDate end) =>
        EquatableArray.TakeOwnership(_dates.OverlappingInOrder(start, end, Entries.AsSpan()));
}
