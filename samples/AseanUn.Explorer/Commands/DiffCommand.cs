using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;

namespace AseanUn.Explorer.Commands;

/// <summary>Lists what one dataset or stack of layers adds to another: records, status changes, citations and corrections.</summary>
internal sealed class DiffCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(DiffSettings settings)
    {
        // The earlier dataset is the stack the global options built; DiffSettings.Validate refuses the mixes that make no sense.
        var (before, after) = (settings.First, settings.Second) switch
        {
            (null, _) when settings.HasToStack => (context.Dataset, DatasetStack.Build(context, settings.ToWithLayers, settings.ToLayerFiles)),
            (null, _) => (context.Dataset, Partnership.WithLayers),
            ({ } file, null) => (context.Dataset, DatasetStack.Document(context, settings, file, onTop: true)),
            ({ } first, { } second) => (DatasetStack.Document(context, settings, first, onTop: false), DatasetStack.Document(context, settings, second, onTop: false)),
        };
        var items = DatasetDiff.Between(before, after);
        if (settings.Json)
        {
            JsonOutput.Write(context, items, ExplorerJsonContext.Default.ListDiffItem);
            return ExitCodes.Ok;
        }

        var listing = new Listing("Change", "Id", "Detail") { Title = $"{items.Count} changes from {EditionText.Of(before)} to {EditionText.Of(after)}" };
        foreach (var item in items)
        {
            listing.Add(item.Change, item.Id, item.Detail);
        }

        listing.WriteTo(context);
        return ExitCodes.Ok;
    }
}
