using System.Collections.Generic;
using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>
/// What every record of the dataset has: a stable identifier, the source paragraphs it comes from, an optional
/// note where the source repeats or contradicts itself, which of its values are inferred rather than stated, and
/// the competing claims of sources where a later document disputed a value.
/// </summary>
/// <remarks>
/// Identifiers are lower-case kebab-case (<c>summit-4</c>, <c>unicef</c>) and unique across the whole dataset,
/// whatever the record type, so one id names one thing.
/// </remarks>
public abstract record PartnershipRecord
{
    /// <summary>Gets the identifier, unique across the dataset.</summary>
    [RecordId]
    public required string Id { get; init; }

    /// <summary>Gets the citations of the source paragraphs this record comes from; never empty.</summary>
    public required EquatableArray<Citation> Sources { get; init; }

    /// <summary>Gets a note on how the source states this fact, e.g. that it repeats it or gives it out of order.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the values of this record that the cited paragraphs do not state, each with the reason it was inferred;
    /// every other value is stated by <see cref="Sources"/>.
    /// </summary>
    public EquatableArray<Inference> Inferences { get; init; }

    /// <summary>
    /// Gets the claims of sources about values of this record where a later source corrected or disagreed with one:
    /// every claim with its sources, the <see cref="ClaimRank.Preferred"/> one being the value the record carries.
    /// Empty when no source has disputed a value.
    /// </summary>
    public EquatableArray<Claim> Claims { get; init; }

    /// <summary>Returns whether <paramref name="property"/> (a C# property name, e.g. <c>Status</c>) holds an inferred value.</summary>
    /// <param name="property">The property name.</param>
    public bool IsInferred(string property) => ReasonInferred(property) is not null;

    /// <summary>Returns why <paramref name="property"/> was inferred, or <see langword="null"/> when the sources state it.</summary>
    /// <param name="property">The property name, e.g. <c>PlaceId</c>.</param>
    public string? ReasonInferred(string property)
    {
        foreach (var inference in Inferences)
        {
            if (string.Equals(inference.Property, property, System.StringComparison.Ordinal))
            {
                return inference.Reason;
            }
        }

        return null;
    }

    /// <summary>Gets the human-readable name or title of the record.</summary>
    public abstract string Label { get; }

    /// <summary>Gets the name of the record's kind: an event's, instrument's or organisation's kind (e.g. <c>Summit</c>), or <see langword="null"/> for a record type without kinds.</summary>
    public virtual string? KindName => null;

    /// <summary>
    /// Gets the record's own date, where its type has one: when an event took place; when an instrument was signed,
    /// adopted or published; the date a figure holds for; the date up to which a source document reports.
    /// </summary>
    public virtual PartialDate? RecordDate => null;

    /// <summary>Gets the span of time the record covers, where its type has one: an instrument's or an activity's period.</summary>
    public virtual PartialDate? RecordPeriod => null;

    /// <summary>
    /// Gets the date that places the record on the timeline: its <see cref="RecordDate"/>, else its
    /// <see cref="RecordPeriod"/>; <see langword="null"/> for a record that is not part of the history (a source
    /// document, the code tree, actors and places).
    /// </summary>
    public virtual PartialDate? TimelineDate => RecordDate ?? RecordPeriod;

    /// <summary>
    /// Gets the dates a date query matches the record by: its <see cref="RecordDate"/> and its <see cref="RecordPeriod"/>,
    /// for a record on the timeline (<see cref="TimelineDate"/> is set); none for any other.
    /// </summary>
    public EquatableArray<PartialDate> Dates => TimelineDate is null ? default
        : (RecordDate, RecordPeriod) switch
        {
            ({ } date, { } period) => [date, period],
            ({ } date, null) => [date],
            (null, { } period) => [period],
            _ => default,
        };

    /// <summary>Gets the codes of the action lines the record is tagged with (instruments, events, activities and figures have them).</summary>
    public virtual EquatableArray<string> ActionLineTags => default;

    /// <summary>Gets the ids of the records this record names through its reference properties, each once, in model order.</summary>
    public EquatableArray<string> ReferencedIds => EquatableArray.From(RecordTypes.TargetsOf(this));

    /// <summary>Gets the ids of the parties that take part in what the record describes, for the cooperation links: an instrument's parties, an event's participants, an activity's supporters and partners.</summary>
    internal virtual EquatableArray<string> TakingPartIds => default;

    /// <summary>Gets the code of the pillar a record of the code tree belongs to (a pillar's own code), else <see langword="null"/>.</summary>
    internal virtual string? TreePillarCode => null;

    /// <summary>Returns the texts a search looks at: id, label, then names, titles, acronyms, aliases and codes.</summary>
    internal List<string> SearchTexts()
    {
        var texts = new List<string> { Id, Label };
        AddSearchTexts(texts);
        return texts;
    }

    /// <summary>Adds the texts a search looks at beyond the id and label: names, titles, acronyms, aliases, codes.</summary>
    internal virtual void AddSearchTexts(List<string> texts)
    {
    }
}
