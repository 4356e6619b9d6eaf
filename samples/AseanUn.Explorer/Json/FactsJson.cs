using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AseanUn.Explorer.Json;

/// <summary>
/// Turns the facts <c>show</c> prints into the <c>facts</c> object of <c>show --json</c>: camel-case keys without spaces
/// (<c>short name</c> → <c>shortName</c>), counts as JSON numbers, and a fact a record may have several of (a person's
/// roles) as an array under its plural name, whether there is one or many.
/// </summary>
internal static class FactsJson
{
    private static readonly HashSet<string> Counts = ["records", "paragraphs"];

    private static readonly Dictionary<string, string> Repeated = new() { ["role"] = "roles" };

    /// <summary>Returns the facts as a JSON object, in the order given.</summary>
    public static JsonObject Of(IEnumerable<KeyValuePair<string, string>> facts)
    {
        var json = new JsonObject();
        foreach (var (name, value) in facts)
        {
            if (Repeated.TryGetValue(name, out var plural))
            {
                if (json[plural] is not JsonArray list)
                {
                    json[plural] = list = [];
                }

                list.Add(value);
            }
            else
            {
                json[Key(name)] = Counts.Contains(name) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                    ? JsonValue.Create(count)
                    : JsonValue.Create(value);
            }
        }

        return json;
    }

    /// <summary>Returns a fact's name as a camel-case key: <c>iso codes</c> → <c>isoCodes</c>.</summary>
    public static string Key(string name)
    {
        var words = name.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
        }

        return string.Concat(words);
    }
}
