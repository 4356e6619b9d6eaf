using System;
using System.Collections.Generic;
using System.Text.Json;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// The checks of a document's place in a stack: a merge file's <c>requires</c> are all in the stack it is merged onto,
/// and it carries no exported manifest (<c>layers</c>).
/// </summary>
internal static class LayerChecks
{
    /// <summary>Reports every problem of <paramref name="root"/>'s header at its position.</summary>
    public static void Run(PositionedNode root, PartnershipDataset? baseDataset, JsonShapeChecker checker)
    {
        var path = JsonPath.Root;
        if (baseDataset is not null && root.Property("layers") is { Kind: JsonValueKind.Array, Items.Count: > 0 } layers)
        {
            checker.Report(DatasetProblemKind.InvalidValue, path.Property("layers"), layers.Start,
                "'layers' is the manifest of an exported stack, which is imported, not merged; a merge file names what it builds on in 'layer.requires'.");
        }

        if (root.Property("layer")?.Property("requires") is not { Kind: JsonValueKind.Array } requires)
        {
            return;
        }

        for (var i = 0; i < requires.Items.Count; i++)
        {
            if (requires.Items[i] is { Kind: JsonValueKind.String, Text: { } required } item && Missing(required, baseDataset) is { } message)
            {
                checker.Report(DatasetProblemKind.MissingRequirement, path.Property("layer").Property("requires").Item(i), item.Start, message);
            }
        }
    }

    /// <summary>Returns whether <see cref="Run"/> would report anything for <paramref name="document"/>.</summary>
    public static bool Fails(DatasetDocument document, PartnershipDataset? baseDataset)
    {
        if (baseDataset is not null && !document.Layers.IsEmpty)
        {
            return true;
        }

        foreach (var required in document.Layer?.Requires ?? default)
        {
            if (Missing(required, baseDataset) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the editions a stack holds: its base edition, then its layers'.</summary>
    public static IEnumerable<string> EditionsOf(PartnershipDataset stack)
    {
        yield return stack.BaseEdition;
        foreach (var layer in stack.Layers)
        {
            yield return layer.Edition;
        }
    }

    private static string? Missing(string required, PartnershipDataset? stack)
    {
        if (stack is null)
        {
            return $"{Quoted.Of(required)} is required, but an import stands alone; merge this layer onto a stack that holds {Quoted.Of(required)}.";
        }

        var editions = new List<string>(EditionsOf(stack));
        return editions.Contains(required) ? null
            : $"{Quoted.Of(required)} is required, but the stack holds only {string.Join(", ", editions.ConvertAll(Quoted.Of))}; merge the layer of that edition first.";
    }
}
