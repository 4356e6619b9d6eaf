using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Reads what a layer file says it builds on (<c>layer.requires</c>: editions that must be in the stack below it) and
/// its name before it is merged, so <c>validate FILE</c> can build that stack. Anything unreadable here counts as no
/// requirement: the library's import then reports the document's problems with their positions.
/// </summary>
internal static class LayerRequirements
{
    /// <summary>Returns the editions <paramref name="utf8Json"/> requires, in its order; empty when it names none or cannot be read.</summary>
    public static IReadOnlyList<string> Of(ReadOnlyMemory<byte> utf8Json) => HeaderOf(utf8Json).Requires;

    /// <summary>
    /// Returns the layer's name (<c>layer.name</c>, <see langword="null"/> when it names none) and the editions it
    /// requires, read in one pass; both empty when the header cannot be read.
    /// </summary>
    public static (string? Name, IReadOnlyList<string> Requires) HeaderOf(ReadOnlyMemory<byte> utf8Json)
    {
        var json = utf8Json.Span.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return (null, []);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("layer", out var layer) || layer.ValueKind != JsonValueKind.Object)
            {
                return (null, []);
            }

            var name = layer.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
            var editions = new List<string>();
            if (layer.TryGetProperty("requires", out var requires) && requires.ValueKind == JsonValueKind.Array)
            {
                foreach (var edition in requires.EnumerateArray())
                {
                    if (edition.ValueKind == JsonValueKind.String && edition.GetString() is { Length: > 0 } required)
                    {
                        editions.Add(required);
                    }
                }
            }

            return (name, editions);
        }
    }
}
