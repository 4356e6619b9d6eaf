using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Json.Updates;
using AseanUn.Model;
using AseanUn.Rules;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

// Retractions: a value withdrawn stays as a deprecated statement with the reason; a record withdrawn leaves the
// dataset, unless another record still names it. Each is kept as a Retraction of the dataset.
internal sealed partial class DatasetUpdater
{
    private readonly List<Retraction> _retractions = [];
    private readonly List<(string Id, PositionedNode Node, JsonPath Path)> _retractedRecords = [];

    private void ApplyRetraction(RetractionUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(update.Reason))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "reason", "A retraction says why the value or record is withdrawn; the reason is empty.");
            return;
        }

        if (update.Property is not { } jsonName)
        {
            if (_retractedRecords.Exists(r => r.Id == update.RecordId))
            {
                Report(DatasetProblemKind.InvalidValue, node, path, "recordId", $"{Quoted.Of(update.RecordId)} is retracted already, earlier in these updates.");
                return;
            }

            _retractedRecords.Add((update.RecordId, node, path));
        }
        else
        {
            if (PropertyOf(draft.Original, jsonName, node, path, statusAllowed: false) is not { } property || !HasValue(draft, jsonName, node, path, "retract"))
            {
                return;
            }

            if (!JsonShapeChecker.AcceptsNull(property))
            {
                Report(DatasetProblemKind.InvalidValue, node, path, "property",
                    $"{Wording.WithArticle(draft.Original.GetType().Name)} always has {Quoted.Of(jsonName)}, so it cannot be withdrawn; give the right value as a correction.");
                return;
            }

            CiteAll(draft, update.Sources, update.RecordId, path, node);
            Touch(update.RecordId, "statements", draft.StatementCount, path, node.Start);
            draft.Retract(jsonName, update.Reason, Text(CurrentValue(draft, jsonName)), property.PropertyType == typeof(EquatableArray<string>));
            Touch(update.RecordId, jsonName, -1, path, node.Start);
        }

        _retractions.Add(new Retraction { RecordId = update.RecordId, Property = update.Property, Reason = update.Reason, Evidence = EvidenceOf(update.Sources, update.Quote) });
    }

    // A record is retracted only when no other record still names it (by a reference, a citation or a statement's
    // place or body); then it is not built, and the reader leaves it out of the dataset.
    private void RemoveRetractedRecords(Dictionary<string, PartnershipRecord> changed)
    {
        if (_retractedRecords.Count == 0)
        {
            return;
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (id, _, _) in _retractedRecords)
        {
            ids.Add(id);
        }

        var referrers = new Dictionary<string, (PartnershipRecord Record, string Property)>(System.StringComparer.Ordinal);
        foreach (var original in _records.Values)
        {
            if (!ids.Contains(original.Id))
            {
                var record = changed.TryGetValue(original.Id, out var updated) ? updated : original;
                RecordNaming.ForEachName(record, (ids, referrers, record), static (state, id, property) =>
                {
                    if (state.ids.Contains(id))
                    {
                        state.referrers.TryAdd(id, (state.record, property));
                    }
                });
            }
        }

        foreach (var (id, node, path) in _retractedRecords)
        {
            if (referrers.TryGetValue(id, out var referrer))
            {
                Report(DatasetProblemKind.InvalidValue, node, path, "recordId",
                    $"{Quoted.Of(id)} cannot be retracted while {Wording.WithArticle(referrer.Record.GetType().Name)} '{ReadableText.Of(referrer.Record.Id)}' names it ({referrer.Property}); correct or retract that first.");
            }

            changed.Remove(id);
        }
    }
}
