using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Explorer.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>
/// The plain facts <c>show</c> prints for a record, read from the library's field table (<see cref="RecordFields"/>):
/// id and type, then each field the record's type declares, in declaration order, then description and note. Lists of
/// references are listed under "Refers to" and statements under their own heading, so they are not facts here.
/// </summary>
internal static class RecordFacts
{
    /// <summary>Returns the record's facts: id, type, then what its type holds, then description and note.</summary>
    public static List<Fact> Of(PartnershipDataset dataset, PartnershipRecord record)
    {
        var facts = new List<Fact>();
        Add(facts, "id", record.Id, []);
        Add(facts, "type", record.KindName is { } kind ? $"{RecordText.TypeOf(record)} ({kind})" : RecordText.TypeOf(record), []);
        RecordField? description = null;
        foreach (var field in RecordFields.Of(record).Where(f => !ShownElsewhere(record, f)))
        {
            if (field.JsonName == "description")
            {
                description = field;
                continue;
            }

            AddField(facts, dataset, record, field);
        }

        // A domain choice: what a pillar, area or action line holds is the records tagged under it.
        if (record is Pillar or Area or ActionLine)
        {
            var count = CountUnder(dataset, record);
            Add(facts, "records", count.ToString(CultureInfo.InvariantCulture), [new("records", count)]);
        }

        if (description is not null)
        {
            AddField(facts, dataset, record, description);
        }

        Add(facts, "note", record.Note);
        return facts;
    }

    /// <summary>Returns a field's value as data for <c>--json</c>: numbers as numbers, lists as arrays, enums in camel case, dates as EDTF, items as objects.</summary>
    public static JsonNode? JsonOf(RecordField field, object? value) => value switch
    {
        null => null,
        string text => text,
        EquatableArray<string> texts => new JsonArray([.. texts.Select(t => (JsonNode?)t)]),
        int number => number,
        decimal number => number,
        bool flag => flag,
        System.Enum choice => JsonNames.Of(choice.ToString()),
        PartialDate date => date.ToString(),
        System.Collections.IEnumerable items when field.Kind == RecordFieldKind.Items =>
            new JsonArray([.. items.Cast<object>().Select(item => (JsonNode?)ItemJson(field, item))]),
        _ => value.ToString(),
    };

    /// <summary>Returns the record's source citations as text, one per document: <c>Overview of ASEAN-UN Cooperation ¶2, ¶4</c>.</summary>
    public static List<string> SourcesOf(PartnershipDataset dataset, PartnershipRecord record) => SourcesOf(dataset, record.Sources);

    /// <summary>Returns citations as text, one per document; a document cited as a whole is named alone.</summary>
    public static List<string> SourcesOf(PartnershipDataset dataset, EquatableArray<Citation> sources) =>
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

    // The kind is in the type line and lists of ids under "Refers to".
    private static bool ShownElsewhere(PartnershipRecord record, RecordField field) =>
        field.Kind == RecordFieldKind.ReferenceList
        || (field.Kind == RecordFieldKind.Enumeration && field.Name == "Kind" && record.KindName is not null);

    // Each field the way people read it; each item of a list of items is a fact of its own (a person's roles).
    private static void AddField(List<Fact> facts, PartnershipDataset dataset, object owner, RecordField field)
    {
        var value = field.ValueOf(owner);
        if (field.Kind == RecordFieldKind.Items && value is System.Collections.IEnumerable items)
        {
            var label = field.Label.EndsWith('s') ? field.Label[..^1] : field.Label;
            foreach (var item in items)
            {
                Add(facts, label, ItemText(item, field), [new(field.JsonName, ItemJson(field, item))], repeated: true);
            }

            return;
        }

        if (value is bool flag)
        {
            // A flag is printed only when set ("planned: yes"); --json gives it either way, as data.
            facts.Add(new(field.Label, flag ? "yes" : null, [new(field.JsonName, flag)]));
            return;
        }

        var text = value switch
        {
            null => null,
            string id when field.Kind == RecordFieldKind.Reference => RecordText.LabelOf(dataset, id),
            EquatableArray<string> texts => texts.IsEmpty ? null : string.Join(", ", texts),
            decimal number => number.ToString("#,0.##", CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            PartialDate date => Describe(date),
            _ => value.ToString(),
        };
        Add(facts, field.Label, text, [new(field.JsonName, JsonOf(field, value))]);
    }

    // An item in words: its text, then its date in brackets (ids are listed under "Refers to").
    private static string ItemText(object item, RecordField field)
    {
        var text = string.Join(", ", field.ItemFields.Where(f => f.Kind == RecordFieldKind.Text).Select(f => f.ValueOf(item)).OfType<string>());
        var dates = field.ItemFields.Where(f => f.IsDate).Select(f => f.ValueOf(item)).OfType<PartialDate>().Select(d => d.ToString()).ToList();
        return dates.Count == 0 ? text : $"{text} ({string.Join(", ", dates)})";
    }

    private static JsonObject ItemJson(RecordField field, object item)
    {
        var json = new JsonObject();
        foreach (var itemField in field.ItemFields)
        {
            json[itemField.JsonName] = JsonOf(itemField, itemField.ValueOf(item));
        }

        return json;
    }

    // A fact given as text alone is the same text in JSON, under its camel-case name.
    private static void Add(List<Fact> facts, string name, string? text) => Add(facts, name, text, [new(FactsJson.Key(name), text)]);

    private static void Add(List<Fact> facts, string name, string? text, KeyValuePair<string, JsonNode?>[] json, bool repeated = false)
    {
        if (!string.IsNullOrEmpty(text))
        {
            facts.Add(new(name, text, json, repeated));
        }
    }
}
