using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// The fields every record has (<see cref="PartnershipRecord"/>'s), as the compact form writes them after the tag and
/// before the type's own fields. This is the one place they are read and written; the generated reader of each type
/// sets every property of this struct on the record it builds, by name.
/// </summary>
internal readonly record struct CompactBase(
    string Id, EquatableArray<Citation> Sources, string? Note, EquatableArray<Inference> Inferences, EquatableArray<Claim> Claims)
{
    /// <summary>Writes the base fields of <paramref name="record"/>.</summary>
    public static void Write(CompactWriter w, PartnershipRecord record)
    {
        w.String(record.Id);
        w.Array(record.Sources, CompactRecords.WriteCitation);
        w.String(record.Note);
        w.Array(record.Inferences, static (w, i) => { w.String(i.Property); w.String(i.Reason); });
        w.Array(record.Claims, WriteClaim);
    }

    /// <summary>Reads the base fields written by <see cref="Write"/>.</summary>
    public static CompactBase Read(CompactReader r) => new(
        r.String(),
        r.Array(CompactRecords.ReadCitation),
        r.OptionalString(),
        r.Array(static r => new Inference(r.String(), r.String())),
        r.Array(ReadClaim));

    private static void WriteClaim(CompactWriter w, Claim claim)
    {
        w.String(claim.Property);
        w.String(claim.Value);
        w.Array(claim.Sources, CompactRecords.WriteCitation);
        w.Int((int)claim.Rank);
        w.String(claim.Reason);
    }

    private static Claim ReadClaim(CompactReader r) =>
        new() { Property = r.String(), Value = r.String(), Sources = r.Array(CompactRecords.ReadCitation), Rank = (ClaimRank)r.Int(), Reason = r.OptionalString() };
}
