using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>
/// A later source's withdrawal of a value, or of a whole record, with the reason and the evidence: what
/// <see cref="PartnershipDataset.Retractions"/> keeps, so that a retracted record leaves a trace once it is gone.
/// </summary>
/// <remarks>
/// A retracted value's statement stays on its record, deprecated with <see cref="RankReason.Retracted"/>; a retracted
/// record is removed from the dataset (nothing may still name it) and only this entry remains.
/// </remarks>
public sealed record Retraction
{
    /// <summary>Gets the id of the record retracted, or whose value is.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the camel-case JSON name of the property whose value is retracted, or <see langword="null"/> when the whole record is.</summary>
    public string? Property { get; init; }

    /// <summary>Gets why the value or record is withdrawn, in the project's own words.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the evidence of the retraction: the later source and, optionally, its words; never empty.</summary>
    public required EquatableArray<Evidence> Evidence { get; init; }

    /// <summary>Formats the retraction as <c>record[.property] retracted: reason (evidence)</c>.</summary>
    public override string ToString() => $"{RecordId}{(Property is null ? "" : "." + Property)} retracted: {Reason} ({string.Join(", ", Evidence)})";
}
