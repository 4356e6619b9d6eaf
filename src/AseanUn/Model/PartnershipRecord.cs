using AseanUn.Authoring;
using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>
/// What every record of the dataset has: a stable identifier, the source paragraphs it comes from, and an optional
/// note where the source repeats or contradicts itself.
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

    /// <summary>Gets the human-readable name or title of the record.</summary>
    public abstract string Label { get; }
}
