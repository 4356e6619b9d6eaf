using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Lookups;

/// <summary>
/// Action lines by code: <see cref="PartnershipDataset.TryGetActionLine"/> (a typed look-up: the record must be an
/// action line) against the plain alternatives over the list of action lines.
/// </summary>
public class LookupByCodeBenchmarks : LookupBenchmarks<ActionLine>
{
    /// <inheritdoc/>
    protected override IEnumerable<ActionLine> Items(PartnershipDataset dataset) => dataset.ActionLines;

    /// <inheritdoc/>
    protected override string KeyOf(ActionLine item) => item.Code;

    /// <inheritdoc/>
    protected override ActionLine? Scan(List<ActionLine> items, string key) => items.FirstOrDefault(item => item.Code == key);

    /// <inheritdoc/>
    protected override bool Find(string key) => Dataset.TryGetActionLine(key, out _);
}
