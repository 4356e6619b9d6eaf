using System.Text.Json;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Json.Updates;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// The updates a later document makes to records that already exist (see <c>docs/data-format.md</c>): status steps,
/// added citations and corrections, and those in <c>Json/Updates</c> (corroborations, retractions, alternative names,
/// list changes). New records go in <c>records</c> as before. Every entry may quote its source (<c>quote</c>).
/// </summary>
internal sealed class DatasetUpdates
{
    public EquatableArray<StatusUpdate> StatusEntries { get; init; }

    public EquatableArray<CitationUpdate> Citations { get; init; }

    public EquatableArray<ValueCorrection> Corrections { get; init; }

    public EquatableArray<CorroborationUpdate> Corroborations { get; init; }

    public EquatableArray<RetractionUpdate> Retractions { get; init; }

    public EquatableArray<AlternativeNameUpdate> AlternativeNames { get; init; }

    public EquatableArray<ListChangeUpdate> ListChanges { get; init; }
}

/// <summary>A new step in an instrument's status history.</summary>
internal sealed class StatusUpdate
{
    public required string RecordId { get; init; }

    public required InstrumentStatus Status { get; init; }

    public required PartialDate Date { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }

    // Where and by whom the act was done: a place, and an organisation or event.
    public string? PlaceId { get; init; }

    public string? BodyId { get; init; }

    // Why the step is recorded as it is, e.g. why a status goes back.
    public string? Reason { get; init; }
}

/// <summary>Citations of the new document added to a record it confirms; with a property, evidence for that one value.</summary>
internal sealed class CitationUpdate
{
    public required string RecordId { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }

    public string? Property { get; init; }
}

/// <summary>A new value for one property of a record, with its source and reason; preferred unless ranked normal.</summary>
internal sealed class ValueCorrection
{
    public required string RecordId { get; init; }

    public required string Property { get; init; }

    public required JsonElement Value { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public required string Reason { get; init; }

    public string? Quote { get; init; }

    // Nullable because source-generated initialisation would set a missing value to the enum's default, not Preferred.
    public ClaimRank? Rank { get; init; }

    public ClaimRank ChosenRank => Rank ?? ClaimRank.Preferred;
}
