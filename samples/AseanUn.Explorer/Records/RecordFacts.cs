using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>The plain facts <c>show</c> prints for a record, by name, in a fixed order; links are listed separately.</summary>
internal static class RecordFacts
{
    /// <summary>Returns the record's facts: id, type, then what its type holds, then description and note.</summary>
    public static List<KeyValuePair<string, string>> Of(PartnershipDataset dataset, PartnershipRecord record)
    {
        var facts = new List<KeyValuePair<string, string>>();
        Add(facts, "id", record.Id);
        Add(facts, "type", record.KindName is { } kind ? $"{RecordText.TypeOf(record)} ({kind})" : RecordText.TypeOf(record));
        switch (record)
        {
            case Pillar or Area or ActionLine:
                Add(facts, "name", record.Label);
                Add(facts, "records", CountUnder(dataset, record).ToString(CultureInfo.InvariantCulture));
                break;
            case Organisation o:
                Add(facts, "name", o.Name);
                Add(facts, "acronym", o.Acronym);
                Add(facts, "aliases", o.Aliases.IsEmpty ? null : string.Join(", ", o.Aliases));
                Add(facts, "side", o.Side.ToString());
                break;
            case MemberState m:
                Add(facts, "name", m.Name);
                Add(facts, "iso codes", $"{m.IsoAlpha2}, {m.IsoAlpha3}");
                break;
            case Place p:
                Add(facts, "name", p.Name);
                Add(facts, "city", p.City);
                Add(facts, "country", $"{p.Country} ({p.CountryCode})");
                break;
            case Person p:
                Add(facts, "name", p.Honorific is null ? p.Name : $"{p.Honorific} {p.Name}");
                foreach (var role in p.Roles)
                {
                    Add(facts, "role", role.During is { } during ? $"{role.Title} ({during})" : role.Title);
                }

                break;
            case Instrument i:
                Add(facts, "title", i.Title);
                Add(facts, "short name", i.ShortName);
                Add(facts, "symbol", i.Symbol);
                Add(facts, "date", Describe(i.Date));
                Add(facts, "period", Describe(i.Period));
                Add(facts, "status", i.Status.ToString());
                break;
            case Event e:
                Add(facts, "title", e.Title);
                Add(facts, "date", Describe(e.Date));
                Add(facts, "place", e.PlaceId is null ? null : RecordText.LabelOf(dataset, e.PlaceId));
                break;
            case Activity a:
                Add(facts, "title", a.Title);
                Add(facts, "period", Describe(a.Period));
                break;
            case Figure f:
                Add(facts, "title", f.Title);
                Add(facts, "value", $"{Describe(f.Precision)}{f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {f.Unit}");
                Add(facts, "as of", Describe(f.AsOf));
                break;
            case SourceDocument s:
                Add(facts, "title", s.Title);
                Add(facts, "publisher", s.Publisher);
                Add(facts, "as of", Describe(s.AsOf));
                Add(facts, "paragraphs", s.ParagraphCount.ToString(CultureInfo.InvariantCulture));
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

    private static void Add(List<KeyValuePair<string, string>> facts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts.Add(new(name, value));
        }
    }
}
