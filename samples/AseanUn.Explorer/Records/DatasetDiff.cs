using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>What a later dataset adds to an earlier one: new records, status changes, added citations and corrections.</summary>
internal static class DatasetDiff
{
    public static List<DiffItem> Between(PartnershipDataset before, PartnershipDataset after)
    {
        var items = new List<DiffItem>();
        foreach (var record in after.Records)
        {
            if (!before.TryGetRecord(record.Id, out var earlier))
            {
                items.Add(new DiffItem("added", record.Id, $"{record.GetType().Name}: {record.Label}"));
                continue;
            }

            if (earlier is Instrument was && record is Instrument now && was.Status != now.Status)
            {
                var step = now.History.IsEmpty ? null : now.History[^1];
                items.Add(new DiffItem("status", record.Id, $"{was.Status} → {now.Status}" + (step is null ? "" : $" ({step.Date}; {string.Join(", ", step.Sources)})")));
            }

            var added = record.Sources.Where(c => !earlier.Sources.Contains(c)).ToList();
            if (added.Count > 0)
            {
                items.Add(new DiffItem("sources", record.Id, string.Join(", ", added)));
            }

            foreach (var claim in record.Claims.Where(c => !earlier.Claims.Contains(c) && c.Reason is not null))
            {
                items.Add(new DiffItem("correction", record.Id, $"{claim.Property} = {claim.Value} [{(claim.Rank == ClaimRank.Preferred ? "chosen" : claim.Rank.ToString().ToLowerInvariant())}] ({string.Join(", ", claim.Sources)}): {claim.Reason}"));
            }
        }

        return items;
    }
}
