using System.Collections.Generic;
using System.Text.Json;

namespace AseanUn.Json;

/// <summary>The documents a merge file's <c>updates</c> cite, whatever kind of update cites them.</summary>
internal static class UpdateCitations
{
    /// <summary>Returns the <c>documentId</c> of every citation in a <c>sources</c> array within <paramref name="updates"/>, in document order.</summary>
    public static List<string> Of(PositionedNode? updates)
    {
        var ids = new List<string>();
        if (updates is not null)
        {
            Collect(updates, ids);
        }

        return ids;
    }

    private static void Collect(PositionedNode node, List<string> ids)
    {
        foreach (var property in node.Properties)
        {
            if (property.Name == "sources" && property.Value.Kind == JsonValueKind.Array)
            {
                foreach (var citation in property.Value.Items)
                {
                    if (citation.Property("documentId") is { Kind: JsonValueKind.String, Text: { } id })
                    {
                        ids.Add(id);
                    }
                }
            }
            else
            {
                Collect(property.Value, ids);
            }
        }

        foreach (var item in node.Items)
        {
            Collect(item, ids);
        }
    }
}
