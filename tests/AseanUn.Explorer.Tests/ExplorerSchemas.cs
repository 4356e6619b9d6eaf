using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AseanUn.Explorer.Tests;

/// <summary>The JSON Schemas of the explorer's <c>--json</c> output in schemas/explorer, built once with the interchange schema they refer to.</summary>
internal static class ExplorerSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "schemas", "explorer");

    private static readonly Lazy<Dictionary<string, JsonSchema>> Built = new(Build);

    /// <summary>Gets the command names that have a schema: <c>show</c> for show.schema.json.</summary>
    public static IEnumerable<string> Commands => Built.Value.Keys;

    /// <summary>Returns the text of a schema file in schemas/explorer, e.g. <c>definitions</c>.</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".schema.json"));

    /// <summary>Returns the errors of <paramref name="json"/> against the schema of <paramref name="command"/>, one per line; empty when it validates.</summary>
    public static string Errors(string command, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Built.Value[command].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? ""
            : string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
    }

    /// <summary>Returns the property names a schema file declares anywhere under <c>properties</c>, with where.</summary>
    public static IEnumerable<string> DeclaredProperties(string name) => Declared(JsonNode.Parse(Text(name))!);

    private static IEnumerable<string> Declared(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p =>
            p.Key == "properties" && p.Value is JsonObject properties
                ? properties.Select(q => q.Key).Concat(properties.SelectMany(q => Declared(q.Value!)))
                : p.Value is null ? [] : Declared(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : Declared(item)),
        _ => [],
    };

    // Referenced schemas first: the interchange schema (enum names, dates, codes), then the shared definitions.
    private static Dictionary<string, JsonSchema> Build()
    {
        var options = new BuildOptions();
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "aseanun-dataset.schema.json")), options);
        JsonSchema.FromText(Text("definitions"), options);
        return Directory.EnumerateFiles(Folder, "*.schema.json")
            .Select(path => Path.GetFileName(path)[..^".schema.json".Length])
            .Where(name => name != "definitions")
            .ToDictionary(name => name, name => JsonSchema.FromText(Text(name), options));
    }
}
