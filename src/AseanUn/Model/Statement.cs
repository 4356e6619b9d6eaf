using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>
/// One value of a record with its time, its evidence, how it was reached and how it ranks against other statements
/// about the same property: the dataset's one provenance store (<see cref="PartnershipRecord.Statements"/>).
/// </summary>
/// <remarks>
/// Like a Wikidata statement with its qualifiers, references and rank, but typed: <see cref="Value"/> parses as the
/// property's type, <see cref="Time"/> is an EDTF date and the validator checks every statement.
/// </remarks>
public sealed record Statement
{
    /// <summary>Gets the camel-case JSON name of the property the statement is about, e.g. <c>status</c> or <c>placeId</c>.</summary>
    public required string Property { get; init; }

    /// <summary>Gets the value in its JSON text form (<c>adopted</c>, <c>2016-09</c>, <c>manila</c>), or <see langword="null"/> for the value the record carries.</summary>
    public string? Value { get; init; }

    /// <summary>Gets when the value held, or <see langword="null"/> when undated; <see cref="PartialDate.Until"/> reads "no later than".</summary>
    public PartialDate? Time { get; init; }

    /// <summary>Gets the evidence; never empty, except on an inference marker written with a shorthand, whose evidence is the record's sources.</summary>
    public required EquatableArray<Evidence> Evidence { get; init; }

    /// <summary>Gets whether the evidence states the value or the dataset infers it.</summary>
    public StatementBasis Basis { get; init; }

    /// <summary>Gets why the value was inferred (required when <see cref="Basis"/> is <see cref="StatementBasis.Inferred"/>), or why it was corrected.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets how the statement ranks against other statements about the same property.</summary>
    public StatementRank Rank { get; init; }

    /// <summary>Gets why the statement has its rank.</summary>
    public RankReason RankReason { get; init; }

    /// <summary>Gets where the act a status statement records was done (a <see cref="Place"/> id), or <see langword="null"/>; only status statements carry it.</summary>
    public string? PlaceId { get; init; }

    /// <summary>Gets who did the act a status statement records (an <see cref="Organisation"/> or <see cref="Event"/> id, e.g. the summit that adopted it), or <see langword="null"/>; only status statements carry it.</summary>
    public string? BodyId { get; init; }

    /// <summary>Gets the citations of the evidence, in order.</summary>
    public EquatableArray<Citation> Citations
    {
        get
        {
            var citations = new Citation[Evidence.Count];
            for (var i = 0; i < citations.Length; i++)
            {
                citations[i] = Evidence[i].Citation;
            }

            return EquatableArray.TakeOwnership(citations);
        }
    }

    /// <summary>Formats the statement as <c>property = value @time [rank] (evidence)</c>.</summary>
    public override string ToString() =>
        $"{Property} = {Value ?? "(record's value)"}{(Time is { } time ? $" @{time}" : "")}{(Basis == StatementBasis.Inferred ? " inferred" : "")} [{Rank}] ({string.Join(", ", Evidence)})";
}
