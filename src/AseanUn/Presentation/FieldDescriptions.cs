using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Presentation;

/// <summary>
/// What each field of the format is and what its enumeration values are called, read from the field tables
/// (<see cref="RecordFields"/>): names, kinds, references and their words, at any depth.
/// </summary>
internal static class FieldDescriptions
{
    // The few names words alone would get wrong.
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["id"] = "ID",
        ["isoAlpha2"] = "ISO alpha-2",
        ["isoAlpha3"] = "ISO alpha-3",
        ["paragraphCount"] = "Paragraphs",
        ["documentId"] = "Document",
        ["asean"] = "ASEAN",
        ["unitedNations"] = "United Nations",
    };

    /// <summary>Returns every field of the format, at any depth, by JSON name (the first description of a name wins).</summary>
    /// <remarks>
    /// Records' own fields are described before the fields of their items, so that a name both use (an event's
    /// <c>placeId</c>, a status statement's <c>placeId</c>) reads as the record's field: a link labelled "Place".
    /// </remarks>
    public static SortedDictionary<string, FieldView> Fields()
    {
        var fields = new SortedDictionary<string, FieldView>(StringComparer.Ordinal);
        void Describe(Type owner, RecordField field)
        {
            var name = field.JsonName;
            var words = field.Relation is { } relation ? (field.IsList ? DisplayWords.Plural(relation) : relation) : DisplayWords.Of(name);
            fields.TryAdd(name, new FieldView(
                Named.TryGetValue(name, out var named) ? named : DisplayWords.Sentence(words),
                Date: field.IsDate,
                Reference: field.IsReference,
                Vocabulary: field.Kind == RecordFieldKind.Enumeration,
                NamesField: owner == typeof(Statement) && field.Name == nameof(Statement.Property)));
        }

        foreach (var type in RecordTypes.All)
        {
            foreach (var field in type.Fields)
            {
                Describe(type.Type, field);
            }
        }

        foreach (var type in RecordTypes.All)
        {
            ForEachField(type.Type, [RecordFields.Common[0], .. type.Fields, .. RecordFields.Common.Skip(1)], Describe);
        }

        return fields;
    }

    /// <summary>Returns the words for every enumeration value of the format, by its JSON name.</summary>
    public static SortedDictionary<string, string> Values()
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in DatasetJsonOptions.EnumNames.Values)
        {
            foreach (var name in names)
            {
                values.TryAdd(name, Named.TryGetValue(name, out var named) ? named : DisplayWords.Sentence(DisplayWords.Of(name)));
            }
        }

        return values;
    }

    /// <summary>Calls <paramref name="visit"/> with every date <paramref name="record"/> holds, at any depth.</summary>
    public static void ForEachDate(PartnershipRecord record, Action<PartialDate> visit)
    {
        ForEachDate(record, RecordFields.Common, visit);
        ForEachDate(record, RecordFields.Of(record), visit);
    }

    private static void ForEachDate(object owner, IReadOnlyList<RecordField> fields, Action<PartialDate> visit)
    {
        foreach (var field in fields)
        {
            switch (field.ValueOf(owner))
            {
                case PartialDate date:
                    visit(date);
                    break;
                case IEnumerable items when field.Kind == RecordFieldKind.Items:
                    foreach (var item in items)
                    {
                        ForEachDate(item, field.ItemFields, visit);
                    }

                    break;
            }
        }
    }

    // Every field of a type and of the items it holds, each with the type that declares it.
    private static void ForEachField(Type owner, IReadOnlyList<RecordField> fields, Action<Type, RecordField> visit)
    {
        foreach (var field in fields)
        {
            visit(owner, field);
            if (field.Kind == RecordFieldKind.Items)
            {
                ForEachField(field.ValueType, field.ItemFields, visit);
            }
        }
    }
}
