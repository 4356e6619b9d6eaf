using System.Linq;
using System.Threading;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;
using AseanUn.Json;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Lists what one dataset adds to another: records, status changes, citations and corrections.</summary>
internal sealed class DiffCommand(ExplorerContext context) : Command<DiffSettings>
{
    public override int Execute(CommandContext commandContext, DiffSettings settings, CancellationToken cancellationToken)
    {
        var (before, after) = (settings.First, settings.Second) switch
        {
            (null, _) => (context.Dataset, Partnership.WithLayers),
            ({ } file, null) => (context.Dataset, Load(file, merge: true)),
            ({ } first, { } second) => (Load(first, merge: false), Load(second, merge: false)),
        };
        var items = DatasetDiff.Between(before, after);
        if (settings.Json)
        {
            JsonOutput.Write(context, items, ExplorerJsonContext.Default.ListDiffItem);
            return ExitCodes.Ok;
        }

        var listing = new Listing("Change", "Id", "Detail") { Title = $"{items.Count} changes from {before.Edition} to {after.Edition}" };
        foreach (var item in items)
        {
            listing.Add(item.Change, item.Id, item.Detail);
        }

        listing.WriteTo(context);
        return ExitCodes.Ok;
    }

    private PartnershipDataset Load(string file, bool merge)
    {
        var name = ExplorerFiles.DocumentName(file);
        using var json = ExplorerFiles.OpenRead(context, file);
        var result = merge ? DatasetJson.TryMerge(context.Dataset, json, name) : DatasetJson.TryImport(json, name);
        return result.Dataset ?? throw ExplorerException.Invalid(
            $"{file} has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")}; 'validate{(merge ? " --merge" : "")} {file}' lists them. First: {result.Problems.First()}");
    }
}
