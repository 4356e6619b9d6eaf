using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;

namespace AseanUn.Explorer.Commands;

/// <summary>Lists the records whose names, titles, acronyms or aliases contain every given word, best matches first.</summary>
internal sealed class FindCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(FindSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Text))
        {
            throw ExplorerException.Usage("Give at least one word to find.");
        }

        var matches = context.Dataset.Search(settings.Text);
        if (matches.IsEmpty)
        {
            throw NoResults.Found(context, settings.Json, ExplorerJsonContext.Default.ListRecordItem, $"No record matches '{settings.Text}'.");
        }

        if (settings.Json)
        {
            JsonOutput.Write(context, [.. matches.Select(r => RecordText.ItemOf(r))], ExplorerJsonContext.Default.ListRecordItem);
            return ExitCodes.Ok;
        }

        var listing = new Listing("Id", "Type", "Title", "Date");
        foreach (var match in matches)
        {
            listing.Add(match.Id, RecordText.SortOf(match), match.Label, RecordText.DateOf(match));
        }

        listing.WriteTo(context);
        context.WriteLine($"{matches.Count} {(matches.Count == 1 ? "record matches" : "records match")} '{settings.Text}'.");
        return ExitCodes.Ok;
    }
}
