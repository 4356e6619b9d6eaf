using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Export;

/// <summary>
/// The columns of the CSV and Markdown exports: one row per record, the same columns for every record type (a
/// column that does not apply is empty). Documented in <c>docs/data-format.md</c>.
/// </summary>
internal static class RecordColumns
{
    /// <summary>The column headers, in order.</summary>
    public static readonly string[] Headers =
        ["id", "type", "kind", "title", "date", "period", "status", "place", "pillars", "actionLines", "references", "sources", "note"];

    /// <summary>Returns the cells of <paramref name="record"/>'s row, in the order of <see cref="Headers"/>.</summary>
    public static string[] Row(PartnershipRecord record, PartnershipDataset dataset)
    {
        var lines = record.ActionLineTags;
        var fields = RecordFields.Of(record);
        var placeId = fields.FirstOrDefault(IsPlace)?.ValueOf(record) as string;
        return
        [
            record.Id,
            Name(record.GetType().Name),
            record.KindName is { } kind ? Name(kind) : "",
            record.Label,
            record.RecordDate?.ToString() ?? "",
            record.RecordPeriod?.ToString() ?? "",
            fields.FirstOrDefault(f => f.JsonName == StatusField)?.ValueOf(record) is { } status ? Name(status.ToString()!) : "",
            placeId is not null && dataset.TryGetRecord(placeId, out var place) ? place.Label : "",
            string.Join(" ", Pillars(record, dataset)),
            string.Join(" ", lines),
            string.Join(" ", References(record, placeId)),
            string.Join("; ", record.Sources),
            record.Note ?? "",
        ];
    }

    // The columns read the field table, so a type that declares such a field fills them: the field named status, and
    // the one reference to a single place.
    private const string StatusField = "status";

    private static bool IsPlace(RecordField field) => field.Kind == RecordFieldKind.Reference && field.Targets is [var target] && target == typeof(Place);

    private static string Name(string pascalCase) => JsonNamingPolicy.CamelCase.ConvertName(pascalCase);

    // The pillars of a record's action lines; for pillars, areas and action lines, the pillar they belong to.
    private static SortedSet<string> Pillars(PartnershipRecord record, PartnershipDataset dataset)
    {
        var pillars = new SortedSet<string>(StringComparer.Ordinal);
        if (record.TreePillarCode is { } own)
        {
            pillars.Add(own);
        }

        foreach (var code in record.ActionLineTags)
        {
            pillars.Add(dataset.GetArea(dataset.GetActionLine(code).AreaCode).PillarCode);
        }

        return pillars;
    }

    // Every id the record refers to, except what other columns already show (action lines, the place, the area or pillar of a code).
    private static List<string> References(PartnershipRecord record, string? placeId)
    {
        var references = RecordTypes.TargetsOf(record);
        var tags = record.ActionLineTags;
        references.RemoveAll(id => id == placeId || record.Id.StartsWith(id + ".", StringComparison.Ordinal) || tags.Contains(id));
        return references;
    }
}
