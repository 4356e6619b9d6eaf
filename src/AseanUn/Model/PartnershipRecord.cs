using AseanUn.Authoring;
using AseanUn.Collections;

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
}
