using AseanUn.Json.Updates;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Json;

// A citation of one value, and a corroboration: evidence for a value the record has, never a new one.
internal sealed partial class DatasetUpdater
{
    // A citation naming a property is evidence for that one value: it joins the statement giving the value.
    private void CiteValue(RecordDraft draft, CitationUpdate update, PositionedNode node, JsonPath path)
    {
        if (update.Property is not { } jsonName)
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "quote",
                "A quote is the words that state one value; name that value's 'property', or leave the quote out to cite the record as a whole.");
            return;
        }

        if (PropertyOf(draft.Original, jsonName, node, path, statusAllowed: true) is null || !HasValue(draft, jsonName, node, path, "cite"))
        {
            return;
        }

        CiteAll(draft, update.Sources, update.RecordId, path, node);
        var index = draft.AddEvidence(jsonName, EvidenceOf(update.Sources, update.Quote));
        Touch(update.RecordId, "statements", index, path, node.Start);
    }

    // An agreeing source states the value the record has: a statement of its own, ranked normal, that changes nothing.
    private void ApplyCorroboration(CorroborationUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path)
            || PropertyOf(draft.Original, update.Property, node, path, statusAllowed: true) is null
            || !HasValue(draft, update.Property, node, path, "corroborate"))
        {
            return;
        }

        CiteAll(draft, update.Sources, update.RecordId, path, node);
        Touch(update.RecordId, "statements", draft.StatementCount, path, node.Start);
        draft.AddStatement(new Statement
        {
            Property = update.Property, Value = Text(CurrentValue(draft, update.Property)), Evidence = EvidenceOf(update.Sources, update.Quote),
        });
    }

    // Only a value the record has can be cited, corroborated or retracted.
    private bool HasValue(RecordDraft draft, string jsonName, PositionedNode node, JsonPath path, string verb)
    {
        if (CurrentValue(draft, jsonName) is not null)
        {
            return true;
        }

        Report(DatasetProblemKind.InvalidValue, node, path, "property",
            $"{Quoted.Of(draft.Original.Id)} has no {jsonName}, so there is no value to {verb}; a new value is a correction.");
        return false;
    }
}
