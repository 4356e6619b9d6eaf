using System;
using System.Collections.Generic;
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
        var lines = RecordFacts.ActionLineCodes(record);
        return
        [
            record.Id,
            Name(record.GetType().Name),
            RecordFacts.Kind(record) is { } kind ? Name(kind) : "",
            record.Label,
            Date(record)?.ToString() ?? "",
            Period(record)?.ToString() ?? "",
            record is Instrument instrument ? Name(instrument.Status.ToString()) : "",
            record is Event { PlaceId: { } placeId } && dataset.TryGetRecord(placeId, out var place) ? place.Label : "",
            string.Join(" ", Pillars(record, dataset)),
            string.Join(" ", lines),
            string.Join(" ", References(record)),
            string.Join("; ", record.Sources),
            record.Note ?? "",
        ];
    }

    private static string Name(string pascalCase) => JsonNamingPolicy.CamelCase.ConvertName(pascalCase);

    private static Dates.PartialDate? Date(PartnershipRecord record) => record switch
    {
        Event e => e.Date,
        Instrument i => i.Date,
        Figure f => f.AsOf,
        SourceDocument d => d.AsOf,
        _ => null,
    };

    private static Dates.PartialDate? Period(PartnershipRecord record) => record switch
    {
        Instrument i => i.Period,
        Activity a => a.Period,
        _ => null,
    };

    // The pillars of a record's action lines; for pillars, areas and action lines, the pillar they belong to.
    private static SortedSet<string> Pillars(PartnershipRecord record, PartnershipDataset dataset)
    {
        var pillars = new SortedSet<string>(StringComparer.Ordinal);
        switch (record)
        {
            case Pillar pillar:
                pillars.Add(pillar.Code);
                break;
            case Area area:
                pillars.Add(area.PillarCode);
                break;
            case ActionLine line:
                pillars.Add(dataset.GetArea(line.AreaCode).PillarCode);
                break;
        }

        foreach (var code in RecordFacts.ActionLineCodes(record))
        {
            pillars.Add(dataset.GetArea(dataset.GetActionLine(code).AreaCode).PillarCode);
        }

        return pillars;
    }

    // Every id the record refers to, except what other columns already show (action lines, the place, the area or pillar of a code).
    private static List<string> References(PartnershipRecord record)
    {
        var references = RecordTypes.TargetsOf(record);
        references.RemoveAll(id => id == (record as Event)?.PlaceId || id == (record as Area)?.PillarCode || id == (record as ActionLine)?.AreaCode);
        foreach (var code in RecordFacts.ActionLineCodes(record))
        {
            references.Remove(code);
        }

        return references;
    }
}
