using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Explorer.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>
/// What a later dataset adds to an earlier one: new records, changed values, added citations and corrections, and what it
/// no longer holds: removed records (retracted, or held only by the earlier stack or file) and retracted values. Values
/// are compared field by field through the library's field table (<see cref="RecordFields"/>), so every field of every
/// type is compared and none is named here.
/// </summary>
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

            if (earlier.GetType() == record.GetType())
            {
                items.AddRange(ChangedValues(after, earlier, record));
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

        // What the later dataset no longer holds: a record it retracted (with the retraction's reason and evidence), or one
        // that only the earlier stack or file has; then each value the later dataset newly retracts.
        var retracted = after.Retractions.Where(r => !before.Retractions.Contains(r)).ToList();
        foreach (var record in before.Records.Where(r => !after.TryGetRecord(r.Id, out _)))
        {
            var type = RecordText.TypeOf(record);
            var retraction = retracted.FirstOrDefault(r => r.RecordId == record.Id && r.Property is null);
            items.Add(retraction is null
                ? new DiffItem("removed", record.Id, [], $"{type}: {record.Label}", Type: JsonNames.Of(type), Title: record.Label)
                : new DiffItem("removed", record.Id, SourceItem.Of(after, retraction.Evidence.Select(e => e.Citation)),
                    $"{type}: {record.Label}, retracted: {retraction.Reason}", Type: JsonNames.Of(type), Title: record.Label, Reason: retraction.Reason));
        }

        foreach (var retraction in retracted.Where(r => r.Property is not null))
        {
            items.Add(new DiffItem("retracted", retraction.RecordId, SourceItem.Of(after, retraction.Evidence.Select(e => e.Citation)),
                $"{retraction.Property} retracted: {retraction.Reason}", Property: retraction.Property, Reason: retraction.Reason));
        }

        return items;
    }

    // Each field whose value differs, except one a new correction explains (listed as the correction). A change is dated
    // and cited by the newest statement about the field that the later record has and the earlier had not (a status step).
    private static IEnumerable<DiffItem> ChangedValues(PartnershipDataset after, PartnershipRecord earlier, PartnershipRecord record)
    {
        foreach (var field in RecordFields.Of(record).Where(f => f.Kind != RecordFieldKind.Items))
        {
            var (was, now) = (field.ValueOf(earlier), field.ValueOf(record));
            if (Equals(was, now) || record.Claims.Any(c => c.Property == field.Name && !earlier.Claims.Contains(c)))
            {
                continue;
            }

            var statement = record.Statements.LastOrDefault(s => s.Property == field.JsonName && !earlier.Statements.Contains(s));
            var date = statement?.Time?.ToString();
            var sources = statement?.Citations ?? default;
            yield return new DiffItem("changed", record.Id, SourceItem.Of(after, sources),
                $"{was} → {now}" + (statement is null ? "" : $" ({date ?? "undated"}; {string.Join(", ", sources)})"),
                Property: field.JsonName, Before: Text(field, was), After: Text(field, now), Date: date);
        }
    }

    // A value in its JSON text form: a string as itself, anything else as its JSON.
    private static string? Text(RecordField field, object? value) =>
        RecordFacts.JsonOf(field, value) is { } node ? node is JsonValue v && v.TryGetValue<string>(out var text) ? text : node.ToJsonString() : null;

    // The value the earlier dataset carried: its preferred claim where it had claims on the property, else the claim the
    // merge kept for the earlier sources' value (the one without a reason).
    private static string? EarlierValue(PartnershipRecord earlier, PartnershipRecord later, Claim correction) =>
        earlier.Claims.FirstOrDefault(c => c.Property == correction.Property && c.Rank == ClaimRank.Preferred)?.Value
        ?? later.Claims.FirstOrDefault(c => c.Property == correction.Property && c.Reason is null && c.Sources == earlier.Sources)?.Value;
}
