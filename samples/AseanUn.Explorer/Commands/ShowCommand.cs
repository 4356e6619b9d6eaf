using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;

namespace AseanUn.Explorer.Commands;

/// <summary>Prints one record: its facts, what it refers to, what refers to it, and the paragraphs it comes from.</summary>
internal sealed class ShowCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ShowSettings settings)
    {
        var dataset = context.Dataset;
        var record = RecordResolver.ResolveArgument(dataset, settings.Record, "Name the record to show: an id, a code, an acronym or a name.");
        var facts = RecordFacts.Of(dataset, record);
        var references = RecordLinks.From(dataset, record);
        var referencedBy = RecordLinks.To(dataset, record);
        if (settings.Json)
        {
            var detail = new RecordDetail(
                RecordText.ItemOf(record), FactsJson.Of(facts), [.. references.Select(RecordText.ItemOf)], [.. referencedBy.Select(RecordText.ItemOf)],
                SourceItem.Of(dataset, record.Sources),
                [.. record.Inferences.Select(i => new InferenceItem(JsonNames.Of(i.Property), i.Reason))],
                [.. HistoryOf(record).Select(s => new StatusStepItem(JsonNames.Of(s.Status), s.Date.ToString(), SourceItem.Of(dataset, s.Sources)))],
                [.. record.Claims.Select(c => new ClaimItem(JsonNames.Of(c.Property), c.Value, JsonNames.Of(c.Rank), SourceItem.Of(dataset, c.Sources), c.Reason))],
                [.. record.Statements.Select(StatementItem.Of)]);
            JsonOutput.Write(context, detail, ExplorerJsonContext.Default.RecordDetail);
            return ExitCodes.Ok;
        }

        context.WriteLine(record.Label);
        context.WriteLine("");
        var factListing = new Listing("Field", "Value");
        foreach (var fact in facts)
        {
            if (fact.Text is { } text)
            {
                factListing.Add(fact.Name, text);
            }
        }

        factListing.WriteTo(context);
        Write(references, "Refers to", withDate: false);
        Write(referencedBy, "Referred to by", withDate: true);
        WriteProvenance(dataset, record);
        context.WriteLine("");
        context.WriteLine($"Sources: {string.Join("; ", RecordFacts.SourcesOf(dataset, record))}");
        return ExitCodes.Ok;
    }

    // Every statement of the record: the value, when it held, stated or inferred (and why), its rank, its evidence.
    private void WriteProvenance(PartnershipDataset dataset, Model.PartnershipRecord record)
    {
        if (record.Statements.IsEmpty)
        {
            return;
        }

        context.WriteLine("");
        var listing = new Listing("Field", "Value", "Time", "Basis", "Rank", "Evidence") { Title = $"Statements ({record.Statements.Count})" };
        foreach (var statement in record.Statements)
        {
            listing.Add(
                statement.Property,
                statement.Value ?? "(the value above)",
                statement.Time?.ToString() ?? "",
                StatementText.BasisOf(statement),
                StatementText.RankOf(statement),
                StatementText.EvidenceOf(dataset, record, statement));
        }

        listing.WriteTo(context);
    }

    // An instrument's dated status steps; no other record has any.
    private static IReadOnlyList<Model.StatusEntry> HistoryOf(Model.PartnershipRecord record) =>
        record is Model.Instrument instrument ? instrument.History : [];

    private void Write(List<RecordLink> items, string title, bool withDate)
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
            listing.Add(RelationLabels.TextOf(item), item.Id, item.Record is { } r ? RecordText.SortOf(r) : "?", item.Record?.Label ?? item.Id, item.Record is { } d ? RecordText.DateOf(d) : null);
        }

        listing.WriteTo(context);
    }
}
