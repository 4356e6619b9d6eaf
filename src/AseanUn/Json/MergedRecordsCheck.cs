using System;
using System.Collections.Generic;
using System.Globalization;
using AseanUn.Model;
using AseanUn.Rules;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>What one update changed in a record — a property, or one item of a list property — and where in the merge file it stands.</summary>
/// <param name="Property">The JSON name of the property changed, e.g. <c>paragraphCount</c> or <c>claims</c>.</param>
/// <param name="Index">The item of the property the update added, or -1 for the whole property.</param>
/// <param name="Path">Where a problem it causes is reported: the update, or its value.</param>
/// <param name="Offset">The byte offset of <paramref name="Path"/> in the document.</param>
internal readonly record struct UpdateTouch(string Property, int Index, JsonPath Path, int Offset);

/// <summary>
/// Runs the validator import runs over every record of a merge's result, so that a merge is accepted only when its
/// dataset would import: a correction is checked against the dataset's rules, not only for its type and references.
/// </summary>
/// <remarks>
/// The records merged into are valid and the document's records were validated before the updates applied, so each
/// finding is the doing of an update. It is reported at the update that caused it: the correction of the paragraph
/// count a citation now passes, else the last update of the offending property (or list item) of the record, else
/// the record's last update; a record no update touched is reported where it stands in the document, or at
/// <c>updates</c> when it is one of the records merged into.
/// </remarks>
internal static class MergedRecordsCheck
{
    /// <summary>Validates the records of <paramref name="baseDataset"/> and <paramref name="groups"/>, those in <paramref name="changed"/> replaced, reporting into <paramref name="checker"/>.</summary>
    public static void Run(
        IReadOnlyDictionary<string, PartnershipRecord> changed,
        IReadOnlyDictionary<string, List<UpdateTouch>> touches,
        PartnershipDataset? baseDataset,
        List<PartnershipRecord>[] groups,
        PositionedNode updates,
        byte[] utf8,
        JsonShapeChecker checker)
    {
        var entries = new List<RecordEntry>();
        for (var g = 0; g < RecordTypes.Count; g++)
        {
            var merged = baseDataset is null ? default : baseDataset.Records.AsSpan()[baseDataset.GroupRange(g)];
            for (var i = 0; i < merged.Length; i++)
            {
                entries.Add(EntryOf(merged[i], g, i, inDocument: false, changed));
            }

            for (var i = 0; i < groups[g].Count; i++)
            {
                entries.Add(EntryOf(groups[g][i], g, i, inDocument: true, changed));
            }
        }

        PositionedNode? root = null;
        DatasetValidator.Validate(entries, null, StatementValues.Instance, Place, checker.List);

        DatasetProblem Place(RecordEntry entry, RecordSite site, DatasetProblemKind kind, string message)
        {
            var record = entry.Record!;
            message = $"After the updates, {Wording.WithArticle(record.GetType().Name)} '{ReadableText.Of(record.Id)}'{Where(site)} breaks a rule of the format: {message}";
            if (Blame(entry, site, kind, touches) is { } touch)
            {
                return checker.Lines.ProblemAt(touch.Offset, kind, touch.Path.ToString(), message);
            }

            if (entry.Position is (int group, int index))
            {
                // Found again only for this rare report: the updater is handed the updates, not the records.
                root ??= PositionedJsonParser.Parse(utf8, checker.Lines, out _)!;
                var node = root.Property("records")!.Property(RecordTypes.All[group].GroupName)!.Items[index];
                return checker.Lines.ProblemAt(node.Start, kind, RecordPath(group, index).ToString(), message);
            }

            return checker.Lines.ProblemAt(updates.Start, kind, JsonPath.Root.Property("updates").ToString(), message);
        }
    }

    // A record of the document keeps its place there as its position, one merged into has none.
    private static RecordEntry EntryOf(PartnershipRecord record, int group, int index, bool inDocument, IReadOnlyDictionary<string, PartnershipRecord> changed) =>
        new(changed.TryGetValue(record.Id, out var updated) ? updated : record, record.Id, RecordTypes.All[group].Type,
            RecordTypes.PathOf(group, index), inDocument ? (group, index) : null);

    private static UpdateTouch? Blame(RecordEntry entry, RecordSite site, DatasetProblemKind kind, IReadOnlyDictionary<string, List<UpdateTouch>> touches)
    {
        var record = entry.Record!;
        if (kind == DatasetProblemKind.InvalidCitation && CitedDocument(record, site) is { } document
            && Last(touches, document, RecordDraft.ParagraphCountName, -1) is { } count)
        {
            return count;
        }

        return Last(touches, record.Id, site.Property, site.Index)
            ?? (touches.TryGetValue(record.Id, out var all) && all.Count > 0 ? all[^1] : null);
    }

    private static UpdateTouch? Last(IReadOnlyDictionary<string, List<UpdateTouch>> touches, string recordId, string? property, int index)
    {
        if (property is null || !touches.TryGetValue(recordId, out var list))
        {
            return null;
        }

        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].Property == property && (list[i].Index < 0 || list[i].Index == index))
            {
                return list[i];
            }
        }

        return null;
    }

    // The document a citation problem's site cites: sources[i].paragraph, or statements[i] with evidence[j].citation.paragraph.
    private static string? CitedDocument(PartnershipRecord record, RecordSite site)
    {
        if (site is { Property: "sources", Index: >= 0 } && site.Index < record.Sources.Count)
        {
            return record.Sources[site.Index].DocumentId;
        }

        var sources = site switch
        {
            { Property: "statements", Index: >= 0 } when site.Index < record.Statements.Count => record.Statements[site.Index].Citations,
            _ => default,
        };
        var sub = site.SubProperty;
        var close = sub?.IndexOf(']', StringComparison.Ordinal) ?? -1;
        return sub is not null && sub.StartsWith("evidence[", StringComparison.Ordinal) && close > 0
            && int.TryParse(sub.AsSpan(9, close - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var item) && item < sources.Count
            ? sources[item].DocumentId
            : null;
    }

    private static string Where(RecordSite site) => site.Property is null ? "" : $" at {site.AppendTo("").TrimStart('.')}";

    private static JsonPath RecordPath(int group, int index) =>
        JsonPath.Root.Property("records").Property(RecordTypes.All[group].GroupName).Item(index);
}
