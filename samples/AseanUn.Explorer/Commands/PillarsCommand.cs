using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the tree pillar → area → action line, with codes and the number of records tagged under each.</summary>
internal sealed class PillarsCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ListingSettings settings)
    {
        var tree = Build(context.Dataset);
        if (settings.Json)
        {
            JsonOutput.Write(context, tree, ExplorerJsonContext.Default.ListPillarItem);
        }
        else if (context.Layout == OutputLayout.Rich)
        {
            PillarsTree.Write(tree, context.Rich);
        }
        else
        {
            var listing = new Listing("Code", "Name", "Records");
            AddRows(listing, tree, depth: 0);
            listing.WriteTo(context);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Builds the tree from the dataset's hierarchy, in dataset order.</summary>
    private static List<PillarItem> Build(PartnershipDataset dataset) =>
    [
        .. dataset.Pillars.Select(pillar => new PillarItem(pillar.Code, pillar.Name, dataset.RecordsUnderPillar(pillar.Code).Count, null,
        [
            .. dataset.AreasOf(pillar.Code).Select(area => new PillarItem(area.Code, area.Name, dataset.RecordsUnderArea(area.Code).Count, null,
            [
                .. dataset.ActionLinesOf(area.Code).Select(line =>
                    new PillarItem(line.Code, line.Name, dataset.RecordsUnderActionLine(line.Code).Count, line.SupersededBy, null)),
            ])),
        ])),
    ];

    /// <summary>Returns how a pillar, area or line is named in the listing and the tree: with what supersedes it, if anything.</summary>
    public static string NameOf(PillarItem item) =>
        item.SupersededBy is null ? item.Name : $"{item.Name} (superseded by {item.SupersededBy})";

    private static void AddRows(Listing listing, IReadOnlyList<PillarItem>? items, int depth)
    {
        foreach (var item in items ?? [])
        {
            listing.Add(new string(' ', 2 * depth) + item.Code, NameOf(item), item.Records.ToString(CultureInfo.InvariantCulture));
            AddRows(listing, item.Children, depth + 1);
        }
    }
}
