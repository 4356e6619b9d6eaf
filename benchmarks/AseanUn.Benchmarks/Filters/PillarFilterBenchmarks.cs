using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Benchmarks.Baselines;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Filters;

/// <summary>
/// Everything under the Socio-Cultural pillar: <see cref="PartnershipDataset.RecordsUnderPillar"/> against a scan of
/// all records for a code under the pillar (codes start with their pillar's code).
/// </summary>
public class PillarFilterBenchmarks : FilterBenchmarks<PartnershipRecord>
{
    private const string Prefix = PillarCodes.SocioCultural + ".";

    /// <inheritdoc/>
    protected override IEnumerable<PartnershipRecord> Items(PartnershipDataset dataset) => dataset.Records;

    /// <inheritdoc/>
    protected override bool Matches(PartnershipRecord item) =>
        ScannedFields.CodesOf(item).Any(c => c.StartsWith(Prefix, StringComparison.Ordinal));

    /// <inheritdoc/>
    protected override EquatableArray<PartnershipRecord> Query() => Dataset.RecordsUnderPillar(PillarCodes.SocioCultural);

    /// <inheritdoc/>
    protected override string IdOf(PartnershipRecord item) => item.Id;
}
