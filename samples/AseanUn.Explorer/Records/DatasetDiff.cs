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
                var type = RecordText.TypeOf(record);
                items.Add(new DiffItem("added", record.Id, SourceItem.Of(after, record.Sources), $"{type}: {record.Label}", Type: JsonNames.Of(type), Title: record.Label));
                continue;
            }

            if (earlier is Instrument was && record is Instrument now && was.Status != now.Status)
            {
                var step = now.History.IsEmpty ? null : now.History[^1];
                items.Add(new DiffItem("status", record.Id, SourceItem.Of(after, step?.Sources ?? default),
                    $"{was.Status} → {now.Status}" + (step is null ? "" : $" ({step.Date}; {string.Join(", ", step.Sources)})"),
                    Property: "status", Before: JsonNames.Of(was.Status), After: JsonNames.Of(now.Status), Date: step?.Date.ToString()));
            }

            var added = record.Sources.Where(c => !earlier.Sources.Contains(c)).ToList();
            if (added.Count > 0)
            {
                items.Add(new DiffItem("sources", record.Id, SourceItem.Of(after, added), string.Join(", ", added), Property: "sources"));
            }

            foreach (var claim in record.Claims.Where(c => !earlier.Claims.Contains(c) && c.Reason is not null))
            {
                items.Add(new DiffItem("correction", record.Id, SourceItem.Of(after, claim.Sources),
                    $"{claim.Property} = {claim.Value} [{RecordText.RankOf(claim.Rank)}] ({string.Join(", ", claim.Sources)}): {claim.Reason}",
                    Property: JsonNames.Of(claim.Property), Before: EarlierValue(earlier, record, claim), After: claim.Value, Rank: JsonNames.Of(claim.Rank), Reason: claim.Reason));
            }
        }

        return items;
    }

    // The value the earlier dataset carried: its preferred claim where it had claims on the property, else the claim the
    // merge kept for the earlier sources' value (the one without a reason).
    private static string? EarlierValue(PartnershipRecord earlier, PartnershipRecord later, Claim correction) =>
        earlier.Claims.FirstOrDefault(c => c.Property == correction.Property && c.Rank == ClaimRank.Preferred)?.Value
        ?? later.Claims.FirstOrDefault(c => c.Property == correction.Property && c.Reason is null && c.Sources == earlier.Sources)?.Value;
}
