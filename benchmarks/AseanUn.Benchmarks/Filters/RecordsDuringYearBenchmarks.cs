using System.Collections.Generic;
using System.Linq;
using AseanUn.Benchmarks.Baselines;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Filters;

/// <summary>
/// All records with a date that overlaps 2015: <see cref="PartnershipDataset.RecordsDuring"/> (a date index; it
/// allocates its answer) against a scan of every date of every record.
/// </summary>
public class RecordsDuringYearBenchmarks : FilterBenchmarks<PartnershipRecord>
{
    private static readonly PartialDate Year = PartialDate.Year(2015);

    /// <inheritdoc/>
    protected override IEnumerable<PartnershipRecord> Items(PartnershipDataset dataset) => dataset.Records;

    /// <inheritdoc/>
    protected override bool Matches(PartnershipRecord item) => ScannedFields.DatesOf(item).Any(d => d.Overlaps(Year));

    /// <inheritdoc/>
    protected override EquatableArray<PartnershipRecord> Query() => Dataset.RecordsDuring(Year);

    /// <inheritdoc/>
    protected override string IdOf(PartnershipRecord item) => item.Id;
}
