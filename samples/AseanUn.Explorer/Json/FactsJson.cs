using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AseanUn.Explorer.Records;

namespace AseanUn.Explorer.Json;

/// <summary>
/// Turns the facts <c>show</c> prints into the <c>facts</c> object of <c>show --json</c>: each fact's JSON properties in
/// the order <c>show</c> prints the facts, values as data (numbers, arrays, camel-case enum names, EDTF dates, ids), a
/// fact a record may have several of (a person's roles) as an array whether there is one or many, and nothing for a
/// value the record lacks.
/// </summary>
internal static class FactsJson
{
    /// <summary>Returns the facts as a JSON object, in the order given.</summary>
    public static JsonObject Of(IEnumerable<Fact> facts)
    {
        var json = new JsonObject();
        foreach (var (key, value, repeated) in facts.SelectMany(f => f.Json.Select(p => (p.Key, p.Value, f.Repeated))).Where(p => p.Value is not null))
        {
            var data = WithoutNulls(value!);
            if (!repeated)
            {
                json[key] = data;
            }
            else if (json[key] is JsonArray list)
            {
                list.Add(data);
            }
            else
            {
                json[key] = new JsonArray(data);
            }
        }

        return json;
    }

    /// <summary>Returns a fact's name as a camel-case key: <c>short name</c> → <c>shortName</c>.</summary>
    public static string Key(string name)
    {
        var words = name.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
        }

        return string.Concat(words);
    }

    // An object's absent values are left out, as everywhere in --json.
    private static JsonNode WithoutNulls(JsonNode value)
    {
        if (value is JsonObject obj)
        {
            foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(name);
            }
        }

        return value;
    }
}
