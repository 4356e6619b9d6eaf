using System.Threading;
using AseanUn.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the timeline: date, kind, title and place of every dated record.</summary>
internal sealed class TimelineCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var dataset = Partnership.Current;
        var table = new Table().AddColumns("Date", "Kind", "Title", "Place");
        foreach (var entry in dataset.Timeline)
        {
            var place = entry.PlaceId is { } id ? PlaceName(dataset, id) : "";
            table.AddRow(Markup.Escape(entry.Date.ToString()), entry.Kind, Markup.Escape(entry.Title), Markup.Escape(place));
        }

        console.Write(table);
        console.MarkupLine($"{dataset.Timeline.Count} dated records, edition {dataset.Edition}.");
        return 0;
    }

    private static string PlaceName(PartnershipDataset dataset, string id)
    {
        foreach (var place in dataset.Places)
        {
            if (place.Id == id)
            {
                return place.Label;
            }
        }

        return id;
    }
}
