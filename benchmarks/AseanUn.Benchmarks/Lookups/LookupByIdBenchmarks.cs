using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Lookups;

/// <summary>Any record by id: <see cref="PartnershipDataset.TryGetRecord"/> against the plain alternatives.</summary>
public class LookupByIdBenchmarks : LookupBenchmarks<PartnershipRecord>
{
    /// <inheritdoc/>
    protected override IEnumerable<PartnershipRecord> Items(PartnershipDataset dataset) => dataset.Records;

    /// <inheritdoc/>
    protected override string KeyOf(PartnershipRecord item) => item.Id;

    /// <inheritdoc/>
    protected override PartnershipRecord? Scan(List<PartnershipRecord> items, string key) => items.FirstOrDefault(item => item.Id == key);

    /// <inheritdoc/>
    protected override bool Find(string key) => Dataset.TryGetRecord(key, out _);
}
