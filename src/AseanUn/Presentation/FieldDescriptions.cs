using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Presentation;

/// <summary>
/// What each field of the format is and what its enumeration values are called, derived in this one place from the
/// format's source-generated metadata (names, value types) and the registry (references and their words).
/// </summary>
/// <remarks>
/// A per-type field table generated from the model declarations is to replace this derivation; until then every
/// reader of field descriptions (the report page's view) takes them from here.
/// </remarks>
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
    public static SortedDictionary<string, FieldView> Fields()
    {
        var relations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in RecordTypes.All)
        {
            foreach (var property in type.References)
            {
                foreach (var reference in property.HasItems ? property.ItemProperties : [property])
                {
                    relations.TryAdd(reference.JsonName, reference.IsList ? DisplayWords.Plural(reference.Relation) : reference.Relation);
                }
            }
        }

        var fields = new SortedDictionary<string, FieldView>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var type in RecordTypes.All)
        {
            ForEachProperty(type.Type, seen, (owner, property) =>
            {
                var name = property.Name;
                var label = Named.TryGetValue(name, out var named) ? named
                    : DisplayWords.Sentence(relations.TryGetValue(name, out var relation) ? relation : DisplayWords.Of(name));
                fields.TryAdd(name, new FieldView(
                    label,
                    Date: ValueTypeOf(property.PropertyType) == typeof(PartialDate),
                    Reference: relations.ContainsKey(name),
                    Vocabulary: ValueTypeOf(property.PropertyType).IsEnum,
                    NamesField: (owner == typeof(Inference) || owner == typeof(Claim)) && name == "property"));
            });
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
    public static void ForEachDate(object record, Action<PartialDate> visit)
    {
        foreach (var property in DatasetJsonOptions.InfoOf(record.GetType()).Properties)
        {
            switch (property.Get?.Invoke(record))
            {
                case PartialDate date:
                    visit(date);
                    break;
                case string:
                    break;
                case IEnumerable items when IsObject(ValueTypeOf(property.PropertyType)):
                    foreach (var item in items)
                    {
                        ForEachDate(item, visit);
                    }

                    break;
                case { } value when IsObject(value.GetType()):
                    ForEachDate(value, visit);
                    break;
            }
        }
    }

    // Every property of the type and of the objects it holds, each type once.
    private static void ForEachProperty(Type type, HashSet<Type> seen, Action<Type, JsonPropertyInfo> visit)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in DatasetJsonOptions.InfoOf(type).Properties)
        {
            visit(type, property);
            var valueType = ValueTypeOf(property.PropertyType);
            if (IsObject(valueType))
            {
                ForEachProperty(valueType, seen, visit);
            }
        }
    }

    private static bool IsObject(Type type) =>
        DatasetJsonOptions.Options.TryGetTypeInfo(type, out var info) && info.Kind == JsonTypeInfoKind.Object;

    // A list's item type, a nullable's underlying type, else the type itself.
    private static Type ValueTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? type.GetGenericArguments()[0]
        : Nullable.GetUnderlyingType(type) ?? type;
}
