using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Queries;

namespace AseanUn.Benchmarks.Filters;

/// <summary>
/// The timeline entries that overlap 2015, in timeline order: <see cref="PartnershipDataset.TimelineDuring"/> (a date
/// index; it allocates its answer) against a scan of the whole sorted timeline.
/// </summary>
public class TimelineDuringYearBenchmarks : FilterBenchmarks<TimelineEntry>
{
    private static readonly PartialDate Year = PartialDate.Year(2015);

    /// <inheritdoc/>
    protected override IEnumerable<TimelineEntry> Items(PartnershipDataset dataset) => dataset.Timeline;

    /// <inheritdoc/>
    protected override bool Matches(TimelineEntry item) => item.Date.Overlaps(Year);

    /// <inheritdoc/>
    protected override EquatableArray<TimelineEntry> Query() => Dataset.TimelineDuring(Year);

    /// <inheritdoc/>
    protected override string IdOf(TimelineEntry item) => item.Record.Id;
}
