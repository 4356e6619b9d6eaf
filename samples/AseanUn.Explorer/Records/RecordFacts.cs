using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AseanUn.Dates;
using AseanUn.Explorer.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>The plain facts <c>show</c> prints for a record, by name, in a fixed order; links are listed separately.</summary>
internal static class RecordFacts
{
    /// <summary>Returns the record's facts: id, type, then what its type holds, then description and note.</summary>
    public static List<Fact> Of(PartnershipDataset dataset, PartnershipRecord record)
    {
        var facts = new List<Fact>();
        Add(facts, "id", record.Id, []);
        Add(facts, "type", record.KindName is { } kind ? $"{RecordText.TypeOf(record)} ({kind})" : RecordText.TypeOf(record), []);
        switch (record)
        {
            case Pillar or Area or ActionLine:
                var count = CountUnder(dataset, record);
                Add(facts, "name", record.Label);
                Add(facts, "records", count.ToString(CultureInfo.InvariantCulture), [new("records", count)]);
                break;
            case Organisation o:
                Add(facts, "name", o.Name);
                Add(facts, "acronym", o.Acronym);
                Add(facts, "aliases", o.Aliases.IsEmpty ? null : string.Join(", ", o.Aliases), [new("aliases", Array(o.Aliases))]);
                Add(facts, "side", o.Side.ToString(), [new("side", JsonNames.Of(o.Side))]);
                break;
            case MemberState m:
                Add(facts, "name", m.Name);
                Add(facts, "iso codes", $"{m.IsoAlpha2}, {m.IsoAlpha3}", [new("isoAlpha2", m.IsoAlpha2), new("isoAlpha3", m.IsoAlpha3)]);
                break;
            case Place p:
                Add(facts, "name", p.Name);
                Add(facts, "city", p.City);
                Add(facts, "country", $"{p.Country} ({p.CountryCode})", [new("country", p.Country), new("countryCode", p.CountryCode)]);
                break;
            case Person p:
                Add(facts, "name", p.Honorific is null ? p.Name : $"{p.Honorific} {p.Name}", [new("name", p.Name), new("honorific", p.Honorific)]);
                foreach (var role in p.Roles)
                {
                    var json = new JsonObject { ["title"] = role.Title, ["organisationId"] = role.OrganisationId, ["memberStateId"] = role.MemberStateId, ["during"] = role.During?.ToString() };
                    Add(facts, "role", role.During is { } during ? $"{role.Title} ({during})" : role.Title, [new(FactsJson.Roles, json)]);
                }

                break;
            case Instrument i:
                Add(facts, "title", i.Title);
                Add(facts, "short name", i.ShortName);
                Add(facts, "symbol", i.Symbol);
                AddDate(facts, "date", i.Date);
                AddDate(facts, "period", i.Period);
                Add(facts, "status", i.Status.ToString(), [new("status", JsonNames.Of(i.Status))]);
                break;
            case Event e:
                Add(facts, "title", e.Title);
                AddDate(facts, "date", e.Date);
                Add(facts, "place", e.PlaceId is null ? null : RecordText.LabelOf(dataset, e.PlaceId), [new("placeId", e.PlaceId)]);
                break;
            case Activity a:
                Add(facts, "title", a.Title);
                AddDate(facts, "period", a.Period);
                break;
            case Figure f:
                Add(facts, "title", f.Title);
                Add(facts, "value", $"{Describe(f.Precision)}{f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {f.Unit}",
                    [new("value", f.Value), new("unit", f.Unit), new("precision", JsonNames.Of(f.Precision))]);
                AddDate(facts, "as of", f.AsOf);
                break;
            case SourceDocument s:
                Add(facts, "title", s.Title);
                Add(facts, "publisher", s.Publisher);
                AddDate(facts, "as of", s.AsOf);
                AddDate(facts, "issued", s.Issued);
                Add(facts, "paragraphs", s.ParagraphCount.ToString(CultureInfo.InvariantCulture), [new("paragraphs", s.ParagraphCount)]);
                Add(facts, "url", s.Url);
                break;
            case StateGrouping g:
                Add(facts, "name", g.Name);
                break;
        }

        Add(facts, "description", DescriptionOf(record));
        Add(facts, "note", record.Note);
        return facts;
    }

    /// <summary>Returns the record's source citations as text, one per document: <c>Overview of ASEAN-UN Cooperation ¶2, ¶4</c>.</summary>
    public static List<string> SourcesOf(PartnershipDataset dataset, PartnershipRecord record) => SourcesOf(dataset, record.Sources);

    /// <summary>Returns citations as text, one per document; a document cited as a whole is named alone.</summary>
    public static List<string> SourcesOf(PartnershipDataset dataset, AseanUn.Collections.EquatableArray<Citation> sources) =>
        sources
            .GroupBy(c => c.DocumentId)
            .Select(g => g.All(c => c.Paragraph is null)
                ? RecordText.LabelOf(dataset, g.Key)
                : $"{RecordText.LabelOf(dataset, g.Key)} {string.Join(", ", g.Where(c => c.Paragraph is not null).Select(c => $"¶{c.Paragraph}"))}")
            .ToList();

    /// <summary>Describes a partial date with its EDTF form and, where the form alone is terse, its span in words.</summary>
    public static string? Describe(PartialDate? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        var text = d.ToString();
        return (d.HasOpenStart, d.HasOpenEnd) switch
        {
            (true, _) => $"{text} (until {RecordText.Iso(d.End)})",
            (_, true) => $"{text} (since {RecordText.Iso(d.Start)}, ongoing)",
            _ when d.DayCount == 1 => text,
            _ => $"{text} ({RecordText.Iso(d.Start)} to {RecordText.Iso(d.End)})",
        };
    }

    /// <summary>Returns how many records are tagged under a pillar, area or action line (whose id is its code).</summary>
    public static int CountUnder(PartnershipDataset dataset, PartnershipRecord codeRecord) => codeRecord switch
    {
        Pillar => dataset.RecordsUnderPillar(codeRecord.Id).Count,
        Area => dataset.RecordsUnderArea(codeRecord.Id).Count,
        ActionLine => dataset.RecordsUnderActionLine(codeRecord.Id).Count,
        _ => 0,
    };

    private static string Describe(FigurePrecision precision) => precision switch
    {
        FigurePrecision.Approximate => "about ",
        FigurePrecision.AtLeast => "at least ",
        _ => "",
    };

    private static string? DescriptionOf(PartnershipRecord record) => record switch
    {
        Organisation o => o.Description,
        Instrument i => i.Description,
        Event e => e.Description,
        Activity a => a.Description,
        _ => null,
    };

    // A fact given as text alone is the same text in JSON, under its camel-case name.
    private static void Add(List<Fact> facts, string name, string? text) => Add(facts, name, text, [new(FactsJson.Key(name), text)]);

    // A date is its EDTF form in JSON; people also get the span it covers.
    private static void AddDate(List<Fact> facts, string name, PartialDate? date) =>
        Add(facts, name, Describe(date), [new(FactsJson.Key(name), date?.ToString())]);

    private static void Add(List<Fact> facts, string name, string? text, KeyValuePair<string, JsonNode?>[] json)
    {
        if (!string.IsNullOrEmpty(text))
        {
            facts.Add(new(name, text, json));
        }
    }

    private static JsonArray Array(Collections.EquatableArray<string> values) => [.. values.Select(v => (JsonNode?)v)];
}
