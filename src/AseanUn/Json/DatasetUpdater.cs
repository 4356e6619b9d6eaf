using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Json.Updates;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Rules;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Applies the <c>updates</c> of a document to the records it is merged with: new status steps, added citations and
/// corrections, and the kinds in <c>Json/Updates</c> (corroborations, alternative names, list changes, retractions). Every problem is reported with its position into the shared checker, and the caller builds no dataset
/// if there is any, so an update is applied whole or not at all. The updated records are then checked by the
/// validator import runs (<see cref="MergedRecordsCheck"/>), so whatever merges also imports.
/// </summary>
/// <remarks>
/// The updates apply in document order, status steps first, then citations, then corrections, each to a
/// <see cref="RecordDraft"/> of its record; each changed record is built once at the end. The work is linear in the
/// size of the updates, whichever records they aim at.
/// </remarks>
internal sealed partial class DatasetUpdater
{
    // Properties a correction may not touch: the identity of a record, its type's discriminators, and the provenance
    // the updates themselves maintain (a status changes through statusEntries, citations through citations).
    private static readonly string[] Fixed = ["id", "kind", "code", "sources", "statements", "inferences", "claims", "history", "status"];

    // The most "did you mean" look-ups among the record ids, so that many unknown ids cost no more than a few.
    private const int MaxSuggested = 100;

    private readonly byte[] _utf8;
    private readonly JsonShapeChecker _checker;
    private readonly PartialDate? _asOf;
    private int _suggested;
    private readonly Dictionary<string, PartnershipRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordDraft> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<UpdateTouch>> _touches = new(StringComparer.Ordinal);

    private DatasetUpdater(byte[] utf8, JsonShapeChecker checker, PartnershipDataset? baseDataset, List<PartnershipRecord>[] groups, PartialDate? asOf)
    {
        _utf8 = utf8;
        _checker = checker;
        _asOf = asOf;
        foreach (var record in baseDataset?.Records ?? default)
        {
            _records[record.Id] = record;
        }

        foreach (var group in groups)
        {
            foreach (var record in group)
            {
                _records[record.Id] = record;
            }
        }
    }

    /// <summary>Applies <paramref name="updates"/> (the document's <c>updates</c> object) and returns the changed records by id.</summary>
    /// <remarks>
    /// The retractions the updates make are added to <paramref name="retractions"/>, when given; a retracted record's id
    /// maps to no record. Nothing an update dates may follow <paramref name="asOf"/>, the document's as-of date.
    /// </remarks>
    public static Dictionary<string, PartnershipRecord> Apply(
        PositionedNode updates, byte[] utf8, JsonShapeChecker checker, PartnershipDataset? baseDataset, List<PartnershipRecord>[] groups,
        List<Retraction>? retractions = null, PartialDate? asOf = null) =>
        Apply(updates, utf8, checker, baseDataset, groups, out _, retractions, asOf);

    /// <summary>Applies updates like <see cref="Apply(PositionedNode, byte[], JsonShapeChecker, PartnershipDataset?, List{PartnershipRecord}[], List{Retraction}?, PartialDate?)"/> and tells how many record elements the drafts handled.</summary>
    internal static Dictionary<string, PartnershipRecord> Apply(
        PositionedNode updates, byte[] utf8, JsonShapeChecker checker, PartnershipDataset? baseDataset, List<PartnershipRecord>[] groups, out long work,
        List<Retraction>? retractions = null, PartialDate? asOf = null)
    {
        var updater = new DatasetUpdater(utf8, checker, baseDataset, groups, asOf);
        var path = JsonPath.Root.Property("updates");
        updater.Each<StatusUpdate>(updates, "statusEntries", path, updater.ApplyStatus);
        updater.Each<CitationUpdate>(updates, "citations", path, updater.ApplyCitations);
        updater.Each<ValueCorrection>(updates, "corrections", path, updater.ApplyCorrection);
        updater.Each<CorroborationUpdate>(updates, "corroborations", path, updater.ApplyCorroboration);
        updater.Each<AlternativeNameUpdate>(updates, "alternativeNames", path, updater.ApplyAlternativeName);
        updater.Each<ListChangeUpdate>(updates, "listChanges", path, updater.ApplyListChange);
        updater.Each<RetractionUpdate>(updates, "retractions", path, updater.ApplyRetraction);

        // With any problem nothing is merged, so nothing is built.
        var changed = new Dictionary<string, PartnershipRecord>(StringComparer.Ordinal);
        work = 0;
        foreach (var (id, draft) in updater._drafts)
        {
            if (checker.Found == 0)
            {
                changed[id] = draft.Build();
            }

            work += draft.Work;
        }

        updater.RemoveRetractedRecords(changed);
        if (checker.Found == 0 && changed.Count > 0)
        {
            MergedRecordsCheck.Run(changed, updater._touches, baseDataset, groups, updates, utf8, checker);
        }

        retractions?.AddRange(updater._retractions);

        return changed;
    }

    private void Each<T>(PositionedNode updates, string name, JsonPath path, Action<T, PositionedNode, JsonPath> apply)
    {
        if (updates.Property(name) is not { Kind: JsonValueKind.Array } items)
        {
            return;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var node = items.Items[i];
            var json = _utf8.AsSpan(node.Start, node.End - node.Start);
            apply((T)JsonSerializer.Deserialize(json, DatasetJsonOptions.InfoOf(typeof(T)))!, node, path.Property(name).Item(i));
        }
    }

    private void ApplyStatus(StatusUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path)
            || !ActorsHold(update, node, path))
        {
            return;
        }

        if (draft.Original is not Instrument)
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "recordId", $"{Quoted.Of(update.RecordId)} is not an instrument; only instruments have a status history.");
            return;
        }

        if (_asOf is { } asOf && DatasetValidator.After(update.Date, asOf))
        {
            Report(DatasetProblemKind.AfterAsOf, node, path, "date", $"The status step is dated {update.Date}, after the as-of date {asOf}; {DatasetValidator.AfterAsOfAdvice}");
            return;
        }

        // A step dating an act the record already dates is a dispute (other date) or a corroboration (same date), not a second act.
        if (StatusDisputes.Settle(draft, update.Status, update.Date, Evidence.Of(update.Sources), out var settled) != StatusDisputes.Outcome.New)
        {
            CiteAll(draft, update.Sources, update.RecordId, path, node);
            Touch(update.RecordId, "statements", settled, path, node.Start);
            return;
        }

        var last = draft.LastStep;
        if (last is null)
        {
            // The undated status the earlier documents gave becomes a statement dated by them, so that what they said
            // still answers for their time; an inference that marked it stays with it.
            // When the new step dates an act before the earlier documents' date, they were wrong, and their status is superseded.
            var record = draft.Original;
            var reason = draft.Uninfer(StatementProperty.Status);
            var time = StatusDating.UndatedTime(record, id => _records.GetValueOrDefault(id));
            var superseded = time is { } earlier && earlier.End > update.Date.End;
            Touch(update.RecordId, "statements", draft.StatementCount, path, node.Start);
            draft.AddStatement(new Statement
            {
                Property = StatementProperty.Status,
                Value = StatusValue.Format(draft.Status),
                Time = time,
                Evidence = Evidence.Of(record.Sources),
                Basis = reason is null ? StatementBasis.Stated : StatementBasis.Inferred,
                Reason = reason,
                Rank = superseded ? StatementRank.Deprecated : StatementRank.Normal,
                RankReason = superseded ? RankReason.Superseded : RankReason.None,
            });
        }
        else if (last.Time is { } lastTime && DatasetValidator.OutOfOrder(update.Date, lastTime))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "date",
                $"The status history would be out of date order: {update.Date} comes before its last step, {last.Value} of {lastTime}.");
            return;
        }
        else
        {
            draft.Uninfer(StatementProperty.Status);
        }

        CiteAll(draft, update.Sources, update.RecordId, path, node);
        Touch(update.RecordId, "statements", draft.StatementCount, path, node.Start);
        draft.AddStep(
            new Statement
            {
                Property = StatementProperty.Status, Value = StatusValue.Format(update.Status), Time = update.Date, Evidence = EvidenceOf(update.Sources, update.Quote),
                Reason = update.Reason, PlaceId = update.PlaceId, BodyId = update.BodyId,
            },
            update.Status);
        Touch(update.RecordId, "status", -1, path, node.Start);
    }

    private void ApplyCitations(CitationUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path))
        {
            return;
        }

        if (update.Property is not null || update.Quote is not null)
        {
            CiteValue(draft, update, node, path);
            return;
        }

        CiteAll(draft, update.Sources, update.RecordId, path, node);
    }

    // A record's sources are the union of its evidence, so what an update cites joins them.
    private void CiteAll(RecordDraft draft, EquatableArray<Citation> sources, string recordId, JsonPath path, PositionedNode node)
    {
        foreach (var citation in sources)
        {
            draft.Cite(citation);
        }

        Touch(recordId, "sources", -1, path, node.Start);
    }

    private void ApplyCorrection(ValueCorrection correction, PositionedNode node, JsonPath path)
    {
        if (Target(correction.RecordId, node, path) is not { } draft || !CitationsHold(correction.Sources, node, path) || !QuoteHolds(correction.Quote, node, path))
        {
            return;
        }

        var record = draft.Original;
        if (string.IsNullOrWhiteSpace(correction.Reason))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "reason", "A correction says why the new value is right; the reason is empty.");
            return;
        }

        var jsonName = correction.Property;
        if (PropertyOf(record, jsonName, node, path, statusAllowed: false) is not { } property)
        {
            return;
        }

        var before = _checker.Problems.Count;
        _checker.CheckValue(node.Property("value")!, property.PropertyType, allowNull: JsonShapeChecker.AcceptsNull(property), path.Property("value"));
        if (_checker.Problems.Count > before || !ReferencesHold(record, jsonName, correction.Value, node, path))
        {
            return;
        }

        StateValue(draft, jsonName, JsonNode.Parse(correction.Value.GetRawText()), correction.ChosenRank, EvidenceOf(correction.Sources, correction.Quote),
            correction.Reason, correction.RecordId, path, node, "value");
    }

    // Gives a property a new value with its statement; the value it had stays as a statement with the evidence it had,
    // beside the new one; one statement per property is preferred, the value the record carries.
    private void StateValue(
        RecordDraft draft, string jsonName, JsonNode? value, ClaimRank rank, EquatableArray<Evidence> evidence, string? reason, string recordId,
        JsonPath path, PositionedNode node, string valueProperty)
    {
        var preferred = rank == ClaimRank.Preferred;
        if (!draft.HasValueStatement(jsonName))
        {
            draft.AddStatement(new Statement
            {
                Property = jsonName,
                Value = Text(draft.Value(jsonName)),
                Evidence = Evidence.Of(draft.Sources),
                Rank = preferred ? StatementRank.Normal : StatementRank.Preferred,
            });
        }
        else if (preferred)
        {
            draft.DemotePreferred(jsonName);
        }

        foreach (var item in evidence)
        {
            draft.Cite(item.Citation);
        }

        Touch(recordId, "sources", -1, path, node.Start);
        Touch(recordId, "statements", draft.StatementCount, path, node.Start);
        draft.AddStatement(new Statement { Property = jsonName, Value = Text(value), Evidence = evidence, Rank = (StatementRank)rank, Reason = reason });
        if (preferred)
        {
            draft.SetValue(jsonName, value);
            draft.Uninfer(jsonName);
            Touch(recordId, jsonName, -1, path.Property(valueProperty), (node.Property(valueProperty) ?? node).Start);
        }
    }

    private RecordDraft? Target(string recordId, PositionedNode node, JsonPath path)
    {
        if (_drafts.TryGetValue(recordId, out var draft))
        {
            return draft;
        }

        if (_records.TryGetValue(recordId, out var record))
        {
            return _drafts[recordId] = new RecordDraft(record);
        }

        var suggestion = _suggested++ < MaxSuggested ? NearestNames.Ending(NearestNames.For(recordId, _records.Keys)) : ".";
        Report(DatasetProblemKind.DanglingReference, node, path, "recordId",
            $"{Quoted.Of(recordId)} names no record, so there is nothing to update{suggestion} A new record goes in 'records'.");
        return null;
    }

    // An update cites the documents of the merged dataset, by paragraphs each has, or as a whole.
    private bool CitationsHold(EquatableArray<Citation> sources, PositionedNode node, JsonPath path)
    {
        if (sources.IsEmpty)
        {
            Report(DatasetProblemKind.MissingCitation, node, path, "sources", "An update cites the source it comes from; 'sources' is empty.");
            return false;
        }

        var holds = true;
        var nodes = node.Property("sources")!.Items;
        for (var i = 0; i < sources.Count; i++)
        {
            var citation = sources[i];
            var items = nodes[i];
            if (!_records.TryGetValue(citation.DocumentId, out var found) || found is not SourceDocument document)
            {
                _checker.Report(DatasetProblemKind.DanglingReference, path.Property("sources").Item(i).Property("documentId"), (items.Property("documentId") ?? items).Start,
                    $"{Quoted.Of(citation.DocumentId)} names no source document.");
                holds = false;
            }
            else if (citation.Paragraph is { } paragraph && ParagraphCountOf(document) is var count && (paragraph < 1 || paragraph > count))
            {
                _checker.Report(DatasetProblemKind.InvalidCitation, path.Property("sources").Item(i).Property("paragraph"), (items.Property("paragraph") ?? items).Start,
                    count == 0
                        ? $"'{document.Id}' has no numbered paragraphs; cite it as a whole, not ¶{paragraph}."
                        : $"'{document.Id}' has paragraphs 1–{count}, not {paragraph}.");
                holds = false;
            }
        }

        return holds;
    }

    // A corrected reference names records of the types the property allows, as a new record's would.
    private bool ReferencesHold(PartnershipRecord record, string jsonName, JsonElement value, PositionedNode node, JsonPath path, string at = "value")
    {
        foreach (var property in RecordTypes.All[RecordTypes.IndexOf(record)].References)
        {
            if (property.JsonName != jsonName || property.HasItems)
            {
                continue;
            }

            var ids = value.ValueKind switch
            {
                JsonValueKind.String => [value.GetString()!],
                JsonValueKind.Array => Strings(value),
                _ => [],
            };
            foreach (var id in ids)
            {
                if (!_records.TryGetValue(id, out var target) || Array.IndexOf(property.Targets, target.GetType()) < 0)
                {
                    Report(DatasetProblemKind.DanglingReference, node, path, at, $"{Quoted.Of(id)} names no record that {jsonName} may name ({property.DescribeTargets()}).");
                    return false;
                }
            }
        }

        return true;
    }

    private static List<string> Strings(JsonElement array)
    {
        var strings = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            strings.Add(item.GetString() ?? "");
        }

        return strings;
    }

    // A correction of a document's paragraph count holds for the citations of the updates after it.
    private int ParagraphCountOf(SourceDocument document) =>
        _drafts.TryGetValue(document.Id, out var draft) ? draft.ParagraphCount : document.ParagraphCount;

    // Remembers what an update changed, so that a rule the merged record then breaks is reported at the update.
    private void Touch(string recordId, string property, int index, JsonPath path, int offset)
    {
        if (!_touches.TryGetValue(recordId, out var touches))
        {
            _touches[recordId] = touches = [];
        }

        touches.Add(new UpdateTouch(property, index, path, offset));
    }

    private static IEnumerable<string> Names(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            yield return property.Name;
        }
    }

    private void Report(DatasetProblemKind kind, PositionedNode node, JsonPath path, string property, string message) =>
        _checker.Report(kind, path.Property(property), (node.Property(property) ?? node).Start, message);

    // A claimed value in its JSON text form, strings without their quotes.
    private static string Text(JsonNode? value) =>
        value is null ? "null" : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
