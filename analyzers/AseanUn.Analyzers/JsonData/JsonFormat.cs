using System;
using System.Collections.Generic;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// The generated <see cref="JsonVocabulary"/>, indexed once per process for the lookups the rules make: shapes and their
/// properties by name, enumerations, record groups, and the record type of each built-in id.
/// </summary>
internal sealed class JsonFormat
{
    /// <summary>The <see cref="JsonField.Targets"/> entry that stands for a record of any type.</summary>
    public const string AnyRecord = "*";

    private static readonly Lazy<JsonFormat> Shared = new(() => new JsonFormat());

    private JsonFormat()
    {
        foreach (var shape in JsonVocabulary.Shapes)
        {
            var fields = new Dictionary<string, JsonField>(StringComparer.Ordinal);
            foreach (var field in shape.Fields)
            {
                fields[field.Name] = field;
            }

            Shapes[shape.Name] = (shape, fields);
        }

        foreach (var enumeration in JsonVocabulary.Enums)
        {
            Enums[enumeration.Name] = enumeration;
        }

        foreach (var group in JsonVocabulary.Groups)
        {
            GroupsByName[group.Name] = group;
            GroupsByType[group.Type] = group;
            GroupNames.Add(group.Name);
        }

        foreach (var known in JsonVocabulary.BuiltInIds)
        {
            IdsByType[known.Type] = known.Ids;
            foreach (var id in known.Ids)
            {
                BuiltInIds[id] = known.Type;
            }
        }

        foreach (var edition in JsonVocabulary.ShippedEditions)
        {
            Editions.Add(edition);
        }
    }

    /// <summary>Gets the format, indexed on first use.</summary>
    public static JsonFormat Instance => Shared.Value;

    public Dictionary<string, (JsonShape Shape, Dictionary<string, JsonField> Fields)> Shapes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonEnum> Enums { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonRecordGroup> GroupsByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonRecordGroup> GroupsByType { get; } = new(StringComparer.Ordinal);

    public List<string> GroupNames { get; } = new();

    /// <summary>Gets the record type of each id of the built-in dataset with its shipped layers.</summary>
    public Dictionary<string, string> BuiltInIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the built-in ids of each record type, sorted.</summary>
    public Dictionary<string, string[]> IdsByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the editions of the built-in dataset and its shipped layers.</summary>
    public HashSet<string> Editions { get; } = new(StringComparer.Ordinal);

    /// <summary>Returns how messages name a record type ("member state"); the type's own name for one the format does not know.</summary>
    public string WordsOf(string type) => GroupsByType.TryGetValue(type, out var group) ? group.Words : type;
}
