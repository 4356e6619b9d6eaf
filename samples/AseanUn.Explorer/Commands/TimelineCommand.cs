using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;
using AseanUn.Queries;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints the dated records in date order: date, kind, title and place, filtered as asked.</summary>
internal sealed class TimelineCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(TimelineSettings settings)
    {
        var dataset = context.Dataset;
        var entries = Filter(dataset, settings);
        if (entries.Count == 0)
        {
            throw NoResults.Found(context, settings.Json, ExplorerJsonContext.Default.ListTimelineItem, "No dated record passes every filter given.");
        }

        if (settings.Json)
        {
            JsonOutput.Write(context, entries.Select(e => ItemOf(dataset, e)).ToList(), ExplorerJsonContext.Default.ListTimelineItem);
            return ExitCodes.Ok;
        }

        var listing = new Listing("Date", "Kind", "Place", "Title");
        foreach (var entry in entries)
        {
            listing.Add(entry.Date.ToString(), entry.Kind, PlaceOf(dataset, entry), entry.Title);
        }

        listing.WriteTo(context);
        var total = dataset.Timeline.Count;
        var counted = entries.Count == total ? $"{total} dated records" : $"{entries.Count} of {total} dated records";
        context.WriteLine($"{counted}, edition {EditionText.Of(dataset)}.");
        return ExitCodes.Ok;
    }

    /// <summary>Returns the timeline entries that pass every filter of <paramref name="settings"/>, in timeline order.</summary>
    private static List<TimelineEntry> Filter(PartnershipDataset dataset, TimelineSettings settings)
    {
        var query = settings.KindFilter(dataset.Query());
        if (settings.Pillar is { } pillar)
        {
            query = dataset.TryGetPillar(pillar.ToUpperInvariant(), out var found)
                ? query.UnderPillar(found.Code)
                : throw ExplorerException.NotFound($"No pillar has the code '{pillar}'; the pillars are {string.Join(", ", dataset.Pillars.Select(p => p.Code))}.");
        }

        if (settings.Line is { } line)
        {
            var code = line.ToUpperInvariant();
            query = dataset.TryGetActionLine(code, out _) ? query.UnderActionLine(code)
                : dataset.TryGetArea(code, out _) ? query.UnderArea(code)
                : throw ExplorerException.NotFound($"No action line or area has the code '{line}'; 'pillars' lists them all.");
        }

        if (settings.Organisation is { } organisation)
        {
            query = dataset.TryFindOrganisation(organisation, out var found)
                ? query.InvolvingOrganisation(found.Id)
                : throw ExplorerException.NotFound($"No organisation is called '{organisation}'; try 'find {organisation}'.");
        }

        if (settings.MemberState is { } memberState)
        {
            query = dataset.TryFindMemberState(memberState, out var found)
                ? query.InvolvingMemberState(found.Id)
                : throw ExplorerException.NotFound($"No member state is called '{memberState}'; use its name or ISO code, e.g. 'Lao PDR' or LA.");
        }

        var (start, end) = settings.Span;
        var entries = query.ToTimeline().Where(e => e.Date.Start <= end && start <= e.Date.End);
        if (settings.AsOfDay is { } asOf)
        {
            // The timeline as known then: what had begun by that day, as PartnershipDataset.TimelineAsOf defines it.
            var known = dataset.TimelineAsOf(AseanUn.Dates.PartialDate.FromDate(asOf)).Select(e => e.Record.Id).ToHashSet();
            entries = entries.Where(e => known.Contains(e.Record.Id));
        }

        return entries.ToList();
    }

    private static string? PlaceOf(PartnershipDataset dataset, TimelineEntry entry) =>
        entry.PlaceId is { } id ? RecordText.LabelOf(dataset, id) : null;

    private static TimelineItem ItemOf(PartnershipDataset dataset, TimelineEntry entry) => new(
        entry.Date.ToString(),
        entry.Date.HasOpenStart ? null : RecordText.Iso(entry.Date.Start),
        entry.Date.HasOpenEnd ? null : RecordText.Iso(entry.Date.End),
        JsonNames.Of(entry.Kind),
        entry.Record.Id,
        entry.Title,
        PlaceOf(dataset, entry),
        entry.PlaceId,
        [.. RecordText.ActionLinesOf(entry.Record)]);
}
