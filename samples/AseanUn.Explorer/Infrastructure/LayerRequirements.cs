using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Reads what a layer file says it builds on (<c>layer.requires</c>: editions that must be in the stack below it)
/// before it is merged, so <c>validate FILE</c> can build that stack. Anything unreadable here counts as no
/// requirement: the library's import then reports the document's problems with their positions.
/// </summary>
internal static class LayerRequirements
{
    /// <summary>Returns the editions <paramref name="utf8Json"/> requires, in its order; empty when it names none or cannot be read.</summary>
    public static IReadOnlyList<string> Of(ReadOnlyMemory<byte> utf8Json)
    {
        var json = utf8Json.Span.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return [];
        }

        using (document)
        {
            var editions = new List<string>();
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("layer", out var layer) && layer.ValueKind == JsonValueKind.Object
                && layer.TryGetProperty("requires", out var requires) && requires.ValueKind == JsonValueKind.Array)
            {
                foreach (var edition in requires.EnumerateArray())
                {
                    if (edition.ValueKind == JsonValueKind.String && edition.GetString() is { Length: > 0 } name)
                    {
                        editions.Add(name);
                    }
                }
            }

            return editions;
        }
    }
}
