using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the manifest of the stack the command line names: each applied layer, in the order it was merged.</summary>
internal sealed class LayersCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ListingSettings settings)
    {
        var dataset = context.Dataset;
        var layers = dataset.Layers.Select(LayerItem.Of).ToList();
        var retractions = dataset.Retractions.Select(r => RetractionItem.Of(dataset, r)).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(context, new LayersReport(dataset.Edition, dataset.BaseEdition, dataset.AsOf.ToString(), layers, retractions), ExplorerJsonContext.Default.LayersReport);
            return ExitCodes.Ok;
        }

        // A dataset alone is an answer too, not a listing that found nothing.
        if (layers.Count == 0)
        {
            context.WriteLine($"No layers: the dataset alone, edition {dataset.Edition}, as of {dataset.AsOf}. --with-layers and --layer add them.");
            return ExitCodes.Ok;
        }

        var listing = new Listing("#", "Name", "Edition", "As of", "Sources", "Requires")
        {
            Title = $"{layers.Count} {(layers.Count == 1 ? "layer" : "layers")} on {dataset.BaseEdition}",
        };
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            listing.Add($"{i + 1}", layer.Name, layer.Edition, layer.AsOf, string.Join(", ", layer.SourceDocumentIds), string.Join(", ", layer.Requires));
        }

        listing.WriteTo(context);
        if (retractions.Count > 0)
        {
            // A retracted record is gone from the stack: this is where the explorer still says what was withdrawn and why.
            var retracted = new Listing("Record", "Property", "Reason", "Evidence") { Title = $"Retracted ({retractions.Count})" };
            foreach (var retraction in dataset.Retractions)
            {
                retracted.Add(retraction.RecordId, retraction.Property ?? "(the record)", retraction.Reason, Records.StatementText.EvidenceOf(dataset, retraction.Evidence));
            }

            retracted.WriteTo(context);
        }

        context.WriteLine($"Edition {dataset.Edition}, as of {dataset.AsOf}.");
        return ExitCodes.Ok;
    }
}
