using System;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Rules;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

// What the update kinds share beyond a target and its citations: the evidence an entry gives (its quote with it),
// the property it names, and the value that property has so far.
internal sealed partial class DatasetUpdater
{
    /// <summary>
    /// Returns the evidence of an update entry: one piece per citation, the quote (the words of the first source) on
    /// the first, since an entry quotes the source it comes from.
    /// </summary>
    private static EquatableArray<Evidence> EvidenceOf(EquatableArray<Citation> sources, string? quote)
    {
        var evidence = new Evidence[sources.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new Evidence(sources[i], i == 0 ? quote : null);
        }

        return EquatableArray.TakeOwnership(evidence);
    }

    // A quote gives the words of the source that state the value: short, and not empty when given.
    private bool QuoteHolds(string? quote, PositionedNode node, JsonPath path)
    {
        if (quote is null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(quote) || quote.Length > Evidence.MaxQuoteLength)
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "quote", quote.Length > Evidence.MaxQuoteLength
                ? $"A quote is at most {Evidence.MaxQuoteLength} characters, not {quote.Length}; quote the words that state the value."
                : "The quote is empty; give the words of the source, or leave 'quote' out.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Returns the property <paramref name="jsonName"/> of <paramref name="record"/>'s type that an update may state a
    /// value of, or reports why not: an update names a property as the JSON format does ("title"); a C# name ("Title")
    /// is a near miss, not an alias, so that one property is never stated under two names.
    /// </summary>
    private JsonPropertyInfo? PropertyOf(PartnershipRecord record, string jsonName, PositionedNode node, JsonPath path, bool statusAllowed)
    {
        if (Array.IndexOf(Fixed, jsonName) >= 0 && !(statusAllowed && jsonName == StatementProperty.Status && record is Instrument))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "property", jsonName == StatementProperty.Status
                ? "The status changes through a statusEntries update, which keeps its history in order."
                : $"'{ReadableText.Of(jsonName)}' may not change: it is part of what the record is, or kept by the updates themselves.");
            return null;
        }

        var info = DatasetJsonOptions.InfoOf(record.GetType());
        if (DatasetJsonOptions.PropertyNamed(info, jsonName) is { } property)
        {
            return property;
        }

        Report(DatasetProblemKind.UnknownProperty, node, path, "property",
            $"{JsonShapeChecker.UnknownPropertyMessage(Names(info), jsonName)} {Wording.WithArticle(record.GetType().Name)} has no such property; updates name properties in JSON's camelCase.");
        return null;
    }

    // The value a property has so far, in its JSON form (an instrument's status as its steps left it); null when unset.
    private static JsonNode? CurrentValue(RecordDraft draft, string jsonName) =>
        jsonName == StatementProperty.Status && draft.Original is Instrument ? JsonValue.Create(StatusValue.Format(draft.Status))
            : draft.Value(jsonName) is JsonArray { Count: 0 } ? null
            : draft.Value(jsonName);

    // The place and body of a status step name a place, and an organisation or the event that did the act.
    private bool ActorsHold(StatusUpdate update, PositionedNode node, JsonPath path) =>
        ActorHolds(update.PlaceId, StatementActors.Place, node, path) && ActorHolds(update.BodyId, StatementActors.Body, node, path);

    private bool ActorHolds(string? id, ReferenceProperty property, PositionedNode node, JsonPath path)
    {
        if (id is null || (_records.TryGetValue(id, out var target) && Array.IndexOf(property.Targets, target.GetType()) >= 0))
        {
            return true;
        }

        Report(DatasetProblemKind.DanglingReference, node, path, property.JsonName,
            $"{Quoted.Of(id)} names no record that {property.JsonName} may name ({property.DescribeTargets()}).");
        return false;
    }
}
