using System.Collections.Generic;
using System.Linq;
using AseanUn.Benchmarks.Baselines;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Filters;

/// <summary>
/// Everything tagged with one action line (the one with the most records): <see cref="PartnershipDataset.RecordsUnderActionLine"/>
/// against a scan of all records for the code.
/// </summary>
public class ActionLineFilterBenchmarks : FilterBenchmarks<PartnershipRecord>
{
    private string _code = null!;

    /// <inheritdoc/>
    protected override void Prepare() =>
        _code = Dataset.Records.SelectMany(r => ScannedFields.CodesOf(r)).CountBy(c => c).MaxBy(c => c.Value).Key;

    /// <inheritdoc/>
    protected override IEnumerable<PartnershipRecord> Items(PartnershipDataset dataset) => dataset.Records;

    /// <inheritdoc/>
    protected override bool Matches(PartnershipRecord item) => ScannedFields.CodesOf(item).Contains(_code);

    /// <inheritdoc/>
    protected override EquatableArray<PartnershipRecord> Query() => Dataset.RecordsUnderActionLine(_code);

    /// <inheritdoc/>
    protected override string IdOf(PartnershipRecord item) => item.Id;
}
