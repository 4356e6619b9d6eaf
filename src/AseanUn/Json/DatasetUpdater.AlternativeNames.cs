using System;
using AseanUn.Json.Updates;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Json;

// Another name for a record: a statement about its name or title, ranked normal with the reason "alternativeName".
internal sealed partial class DatasetUpdater
{
    private void ApplyAlternativeName(AlternativeNameUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path))
        {
            return;
        }

        var label = LabelProperty(draft.Original);
        var name = update.Name.Trim();
        if (name.Length == 0)
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "name", "The alternative name is empty.");
            return;
        }

        if (string.Equals(name, Text(CurrentValue(draft, label)), StringComparison.OrdinalIgnoreCase) || draft.HasAlternativeName(label, name))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "name",
                $"{Quoted.Of(name)} is already a name of {Quoted.Of(update.RecordId)}; an alternative name is one the record does not have yet.");
            return;
        }

        CiteAll(draft, update.Sources, update.RecordId, path, node);
        Touch(update.RecordId, "statements", draft.StatementCount, path, node.Start);
        draft.AddAlternativeName(new Statement { Property = label, Value = name, Evidence = EvidenceOf(update.Sources, update.Quote), RankReason = RankReason.AlternativeName });
    }

    // A record's name is its title where it has one (documents, instruments, events, activities, figures), else its name.
    internal static string LabelProperty(PartnershipRecord record) =>
        DatasetJsonOptions.PropertyNamed(DatasetJsonOptions.InfoOf(record.GetType()), "title") is null ? "name" : "title";
}
