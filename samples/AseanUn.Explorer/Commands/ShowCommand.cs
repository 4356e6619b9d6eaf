using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;
using AseanUn.Queries;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints one record: its facts, what it refers to, what refers to it, and the paragraphs it comes from.</summary>
internal sealed class ShowCommand(ExplorerContext context) : Command<ShowSettings>
{
    public override int Execute(CommandContext commandContext, ShowSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Record))
        {
            throw ExplorerException.Usage("Name the record to show: an id, a code, an acronym or a name.");
        }

        var dataset = context.Dataset;
        var record = RecordResolver.Resolve(dataset, settings.Record.Trim());
        var facts = RecordFacts.Of(dataset, record);
        var references = dataset.ReferencesOf(record).Select(TargetItem).ToList();
        var referencedBy = dataset.ReferencesTo(record.Id).Select(r => RecordText.ItemOf(r.Source, RelationLabels.Of(r))).ToList();
        var sources = RecordFacts.SourcesOf(dataset, record);
        if (settings.Json)
        {
            var detail = new RecordDetail(
                RecordText.ItemOf(record), FactsJson.Of(facts), references, referencedBy, sources,
                [.. record.Inferences.Select(i => new InferenceItem(CamelCase(i.Property), i.Reason))],
                [.. HistoryOf(record).Select(s => new StatusStepItem(CamelCase(s.Status.ToString()), s.Date.ToString(), RecordFacts.SourcesOf(dataset, s.Sources)))],
                [.. record.Claims.Select(c => new ClaimItem(CamelCase(c.Property), c.Value, CamelCase(c.Rank.ToString()), RecordFacts.SourcesOf(dataset, c.Sources), c.Reason))]);
            JsonOutput.Write(context, detail, ExplorerJsonContext.Default.RecordDetail);
            return ExitCodes.Ok;
        }

        context.WriteLine(record.Label);
        context.WriteLine("");
        var factListing = new Listing("Field", "Value");
        foreach (var (name, value) in facts)
        {
            factListing.Add(name, value);
        }

        factListing.WriteTo(context);
        Write(references, "Refers to", withDate: false);
        Write(referencedBy, "Referred to by", withDate: true);
        WriteProvenance(dataset, record);
        context.WriteLine("");
        context.WriteLine($"Sources: {string.Join("; ", sources)}");
        return ExitCodes.Ok;
    }

    // Which values are inferred and why, an instrument's dated status steps, and the claims of disagreeing sources.
    private void WriteProvenance(PartnershipDataset dataset, Model.PartnershipRecord record)
    {
        if (!record.Inferences.IsEmpty)
        {
            context.WriteLine("");
            var inferred = new Listing("Field", "Reason") { Title = $"Inferred, not stated by the sources ({record.Inferences.Count})" };
            foreach (var inference in record.Inferences)
            {
                inferred.Add(inference.Property, inference.Reason);
            }

            inferred.WriteTo(context);
        }

        var steps = HistoryOf(record);
        if (steps.Count > 0)
        {
            context.WriteLine("");
            var history = new Listing("Date", "Status", "Sources") { Title = $"Status history ({steps.Count})" };
            foreach (var step in steps)
            {
                history.Add(step.Date.ToString(), step.Status.ToString(), Cited(dataset, step.Sources));
            }

            history.WriteTo(context);
        }

        if (!record.Claims.IsEmpty)
        {
            context.WriteLine("");
            var claims = new Listing("Field", "Value", "Rank", "Sources", "Reason") { Title = $"Claims ({record.Claims.Count})" };
            foreach (var claim in record.Claims)
            {
                claims.Add(claim.Property, claim.Value, claim.Rank == Model.ClaimRank.Preferred ? "chosen" : claim.Rank.ToString().ToLowerInvariant(), Cited(dataset, claim.Sources), claim.Reason ?? "");
            }

            claims.WriteTo(context);
        }
    }

    // An instrument's dated status steps; no other record has any.
    private static IReadOnlyList<Model.StatusEntry> HistoryOf(Model.PartnershipRecord record) =>
        record is Model.Instrument instrument ? instrument.History : [];

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Cited(PartnershipDataset dataset, Collections.EquatableArray<Model.Citation> sources) =>
        string.Join("; ", RecordFacts.SourcesOf(dataset, sources));

    private static RecordItem TargetItem(RecordReference reference) =>
        reference.Target is { } target
            ? RecordText.ItemOf(target, RelationLabels.Of(reference))
            : new RecordItem(reference.TargetId, "?", null, reference.TargetId, null, RelationLabels.Of(reference));

    private void Write(List<RecordItem> items, string title, bool withDate)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.WriteLine("");
        var listing = withDate
            ? new Listing("Relation", "Id", "Type", "Title", "Date") { Title = $"{title} ({items.Count})" }
            : new Listing("Relation", "Id", "Type", "Title") { Title = $"{title} ({items.Count})" };
        foreach (var item in items)
        {
            listing.Add(item.Relation, item.Id, item.Kind ?? item.Type, item.Title, item.Date);
        }

        listing.WriteTo(context);
    }
}
