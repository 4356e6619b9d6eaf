using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Model;

/// <summary>
/// Writes what the dataset schema and <c>docs/data-format.md</c> say about each record type from the field tables
/// (<see cref="RecordFields"/>), so the three cannot drift: the schema's groups, record definitions, the definitions of
/// the items records hold and of the enumerations their fields use; and the document's table of groups.
/// </summary>
internal static class ModelDocuments
{
    public const string TableBegin = "<!-- groups:begin (generated from the field tables by ModelDocumentsTests) -->";
    public const string TableEnd = "<!-- groups:end -->";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns <paramref name="schemaText"/> with its generated parts written from the field tables.</summary>
    public static string Schema(string schemaText)
    {
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        var defs = schema["$defs"]!.AsObject();
        var groups = new JsonObject();
        foreach (var type in RecordTypes.All)
        {
            groups[type.GroupName] = new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Ref(DefName(type.Type)) };
        }

        defs["records"]!["properties"] = groups;
        var fields = RecordTypes.All.SelectMany(t => RecordFields.Of(t.Type)).ToList();
        foreach (var items in ItemTypes(fields))
        {
            defs[DefName(items.ValueType)] = Keep(Definition(null, items.ItemFields, [], defs, "id", null), defs[DefName(items.ValueType)]);
        }

        foreach (var choice in fields.Concat(ItemTypes(fields).SelectMany(i => i.ItemFields)).Where(f => f.Kind == RecordFieldKind.Enumeration).Select(f => f.ValueType).Distinct())
        {
            defs[DefName(choice)] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(choice).Select(n => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))]) };
        }

        foreach (var type in RecordTypes.All)
        {
            var idDefinition = type.CodeName is { } code ? CodeDefinition(code) : "id";
            defs[DefName(type.Type)] = Keep(Definition(type.Summary, RecordFields.Of(type.Type), RecordFields.Common, defs, idDefinition, type.Type), defs[DefName(type.Type)]);
        }

        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Returns the document's table of groups: required, optional and reference properties of each record type.</summary>
    public static string Table()
    {
        var text = new StringBuilder();
        text.Append(TableBegin).Append("\n\n");
        text.Append("| Group | Required | Optional | References (ids or codes) |\n|---|---|---|---|\n");
        foreach (var type in RecordTypes.All)
        {
            var fields = RecordFields.Of(type.Type);
            var references = fields.Where(f => f.IsReference).Select(Reference)
                .Concat(fields.Where(f => f.Kind == RecordFieldKind.Items && f.ItemFields.Any(i => i.IsReference))
                    .Select(f => $"{Singular(f.Label)} " + string.Join(", ", f.ItemFields.Where(i => i.IsReference).Select(Reference))));
            text.Append($"| `{type.GroupName}` |{Cell(Names(fields.Where(f => f.IsRequired)))}|{Cell(Names(fields.Where(f => !f.IsRequired)))}|{Cell(string.Join("; ", references))}|\n");
        }

        text.Append('\n').Append(TableEnd);
        return text.ToString();
    }

    // What the field tables cannot say stays as the schema has it: a value's pattern or bounds (isoAlpha2, paragraphCount)
    // and an item type's description. The structure (properties, types, required, references) is always the generated one.
    private static JsonObject Keep(JsonObject generated, JsonNode? committed)
    {
        if (committed is not JsonObject old)
        {
            return generated;
        }

        if (!generated.ContainsKey("description") && old["description"] is { } description)
        {
            generated.Insert(0, "description", description.DeepClone());
        }

        foreach (var (name, value) in generated["properties"]!.AsObject())
        {
            // An optional value's bounds sit on the first branch of its anyOf (ordinal: an integer of at least 1, or null).
            var (property, was) = value?["anyOf"] is JsonArray any && old["properties"]?[name]?["anyOf"] is JsonArray wasAny
                ? (any[0] as JsonObject, wasAny[0] as JsonObject)
                : (value as JsonObject, old["properties"]?[name] as JsonObject);
            if (property is not null && was is not null && !property.ContainsKey("$ref"))
            {
                foreach (var (key, extra) in was.Where(p => !property.ContainsKey(p.Key) && p.Key is not ("$ref" or "anyOf")).ToList())
                {
                    property[key] = extra?.DeepClone();
                }
            }
        }

        return generated;
    }

    // A record's properties come in the order the JSON format writes them; those that are no field (the views of the
    // statements format version 1 wrote: inferences, claims, an instrument's history) are still read, so still allowed.
    private static JsonObject Definition(string? summary, IReadOnlyList<RecordField> fields, IReadOnlyList<RecordField> common, JsonObject defs, string idDefinition, Type? recordType)
    {
        var properties = new JsonObject();
        var id = common.FirstOrDefault(f => f.JsonName == "id");
        var table = common.Concat(fields).ToDictionary(f => f.JsonName);
        var names = recordType is null ? fields.Select(f => f.JsonName) : DatasetJsonOptions.InfoOf(recordType).Properties.Select(p => p.Name);
        foreach (var name in names)
        {
            properties[name] = !table.TryGetValue(name, out var field) ? Shorthand(recordType!, name, defs)
                : field == id ? Ref(idDefinition)
                : Property(field, defs);
        }

        var definition = new JsonObject();
        if (summary is not null)
        {
            definition["description"] = summary;
        }

        definition["type"] = "object";
        definition["properties"] = properties;
        definition["required"] = new JsonArray([.. properties.Select(p => p.Key).Where(name => table.TryGetValue(name, out var field) && field.IsRequired).Select(n => (JsonNode)n)]);
        definition["additionalProperties"] = false;
        return definition;
    }

    private static JsonNode Property(RecordField field, JsonObject defs)
    {
        // The fields every record has, and lists of items, use the definition of their name where the schema has one (sources, claims).
        if (defs.ContainsKey(field.JsonName) && (field.JsonName == "id" || field.Kind == RecordFieldKind.Items))
        {
            return Ref(field.JsonName);
        }

        JsonNode value = field.Kind switch
        {
            RecordFieldKind.Text => field.IsOptional ? new JsonObject { ["type"] = new JsonArray("string", "null") } : new JsonObject { ["type"] = "string" },
            RecordFieldKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            RecordFieldKind.Integer => Optional(new JsonObject { ["type"] = "integer" }, field.IsOptional),
            RecordFieldKind.Number => new JsonObject { ["type"] = "number" },
            RecordFieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
            RecordFieldKind.Enumeration => Ref(DefName(field.ValueType)),
            RecordFieldKind.Date => Optional(Ref("date"), field.IsOptional),
            RecordFieldKind.Reference => Optional(Ref(IdDefinition(field)), field.IsOptional),
            RecordFieldKind.ReferenceList => new JsonObject { ["type"] = "array", ["items"] = Ref(IdDefinition(field)) },
            RecordFieldKind.Items => new JsonObject { ["type"] = "array", ["items"] = Ref(DefName(field.ValueType)) },
            _ => new JsonObject(),
        };
        return value;
    }

    // A format-1 shorthand: a list of items, under the definition of its name where the schema has one (inferences, claims).
    private static JsonObject Shorthand(Type recordType, string name, JsonObject defs) =>
        defs.ContainsKey(name) ? Ref(name)
        : new JsonObject { ["type"] = "array", ["items"] = Ref(DefName(DatasetJsonOptions.InfoOf(recordType).Properties.Single(p => p.Name == name).PropertyType.GetGenericArguments()[0])) };

    // Codes have their own shapes; a reference to any other record is an id.
    private static string IdDefinition(RecordField field) =>
        field.Targets is [var target] && RecordTypes.All[RecordTypes.IndexOf(target)].CodeName is { } code ? CodeDefinition(code) : "id";

    // pillar → pillarCode, action-line → actionLineCode.
    private static string CodeDefinition(string codeName) =>
        string.Concat(codeName.Split('-').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "Code";

    private static JsonNode Optional(JsonObject value, bool optional) =>
        optional ? new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) } : value;

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    private static string DefName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    private static List<RecordField> ItemTypes(List<RecordField> fields) =>
        [.. fields.Where(f => f.Kind == RecordFieldKind.Items).GroupBy(f => f.ValueType).Select(g => g.First())];

    // A list of items names the items' own properties, one level deep: `roles` (`title`; optional `organisationId`, …).
    private static string Names(IEnumerable<RecordField> fields) => string.Join(", ", fields.Select(f =>
        f.Kind == RecordFieldKind.Items && f.ItemFields.Count > 0
            ? $"`{f.JsonName}` ({Flat(f.ItemFields.Where(i => i.IsRequired))}{(f.ItemFields.Any(i => !i.IsRequired) ? "; optional " + Flat(f.ItemFields.Where(i => !i.IsRequired)) : "")})"
            : $"`{f.JsonName}`"));

    private static string Flat(IEnumerable<RecordField> fields) => string.Join(", ", fields.Select(f => $"`{f.JsonName}`"));

    private static string Cell(string text) => text.Length == 0 ? " " : $" {text} ";

    private static string Reference(RecordField field) =>
        $"`{field.JsonName}` → " + string.Join(", ", field.Targets.Select(t => field.IsList ? Words(RecordTypes.All[RecordTypes.IndexOf(t)].GroupName) : Words(t.Name)));

    // groupings → groupings, memberStates → member states, StateGrouping → state grouping.
    private static string Words(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string Singular(string label) => label.EndsWith('s') ? label[..^1] : label;
}
