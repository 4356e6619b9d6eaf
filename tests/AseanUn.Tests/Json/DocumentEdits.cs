using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AseanUn.Tests.Json;

/// <summary>
/// Every one-step edit of a JSON document, for tests that compare two readings of it: each value replaced by a value of
/// every other kind, removed, repeated (a property given twice, an item twice), renamed in another case, a string in
/// another case or blank, an unknown property added to each object. Each edit says what and where.
/// </summary>
internal static class DocumentEdits
{
    // A prefix no property name has, taken off in the text so that the name appears twice.
    private const string RepeatMarker = "@@repeat@@";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Func<JsonNode?>[] OtherValues =
    [
        () => null, () => "x", () => 7, () => 1.5m, () => true, () => new JsonArray(), () => new JsonObject(), () => new JsonArray((JsonNode?)null),
    ];

    /// <summary>Returns every edit of <paramref name="json"/>, as a description and the edited document's UTF-8 bytes.</summary>
    public static IEnumerable<(string What, byte[] Utf8)> Of(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var (path, node) in Values(root, []))
        {
            if (path.Length > 0)
            {
                foreach (var other in OtherValues)
                {
                    yield return Edited(root, path, $"{other()?.ToJsonString() ?? "null"} at", (parent, key) => Set(parent, key, other()));
                }

                yield return Edited(root, path, "removed", Remove);
                yield return Edited(root, path, "repeated", Repeat);
                if (path[^1] is string name)
                {
                    yield return Edited(root, path, "renamed in capitals", (parent, _) => Rename((JsonObject)parent, name, char.ToUpperInvariant(name[0]) + name[1..]));
                }
            }

            if (node is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is { Length: > 0 } value)
            {
                yield return Edited(root, path, "in other case", (parent, key) => Set(parent, key, char.IsUpper(value[0]) ? value.ToLowerInvariant() : char.ToUpperInvariant(value[0]) + value[1..]));
                yield return Edited(root, path, "blank", (parent, key) => Set(parent, key, " "));
            }

            if (node is JsonObject)
            {
                yield return Edited(root, [.. path, "extra"], "added", (parent, key) => ((JsonObject)parent).Add((string)key, 1));
            }
        }
    }

    // Every value with its path (property names and item indexes), the root first.
    private static IEnumerable<(object[] Path, JsonNode? Node)> Values(JsonNode? node, object[] path)
    {
        yield return (path, node);
        var children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray a => a.Select((v, i) => ((object)i, v)).ToList(),
            _ => [],
        };

        foreach (var (key, child) in children)
        {
            foreach (var value in Values(child, [.. path, key]))
            {
                yield return value;
            }
        }
    }

    private static (string, byte[]) Edited(JsonNode root, object[] path, string what, Action<JsonNode, object> edit)
    {
        var copy = root.DeepClone();
        var parent = copy;
        foreach (var key in path[..^1])
        {
            parent = key is string name ? parent[name]! : parent[(int)key]!;
        }

        edit(parent, path[^1]);
        var text = copy.ToJsonString(Indented);
        var where = "$" + string.Concat(path.Select(k => k is string name ? "." + name : $"[{k}]"));
        return ($"{where} {what}", Encoding.UTF8.GetBytes(text.Replace($"\"{RepeatMarker}", "\"", StringComparison.Ordinal)));
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (key is string name)
        {
            ((JsonObject)parent).Remove(name);
        }
        else
        {
            ((JsonArray)parent).RemoveAt((int)key);
        }
    }

    // A property is written a second time (the marker is taken off its name in the text); an item is given twice in a row.
    private static void Repeat(JsonNode parent, object key)
    {
        if (key is string name)
        {
            ((JsonObject)parent).Add(RepeatMarker + name, parent[name]?.DeepClone());
        }
        else
        {
            ((JsonArray)parent).Insert((int)key, parent[(int)key]?.DeepClone());
        }
    }

    private static void Rename(JsonObject parent, string name, string newName)
    {
        var value = parent[name];
        parent.Remove(name);
        parent.Add(newName, value);
    }
}
