using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes and reads a record's statements in the compact data form, once for every record type, right after the
/// fields every record has: property, value, time, evidence (citation and quote), basis, reason, rank and its reason, and
/// a status statement's place and body; and a dataset's retractions, which rest on evidence like statements.
/// </summary>
internal static class CompactStatements
{
    /// <summary>Writes the statements of <paramref name="record"/>.</summary>
    public static void Write(CompactWriter w, PartnershipRecord record) => w.Array(record.Statements, WriteStatement);

    /// <summary>Reads statements written by <see cref="Write"/>.</summary>
    public static EquatableArray<Statement> Read(CompactReader r) => r.Array(ReadStatement);

    /// <summary>Writes a dataset's retractions.</summary>
    public static void WriteRetractions(CompactWriter w, EquatableArray<Retraction> retractions) =>
        w.Array(retractions, static (w, retraction) =>
        {
            w.String(retraction.RecordId);
            w.String(retraction.Property);
            w.String(retraction.Reason);
            w.Array(retraction.Evidence, WriteEvidence);
        });

    /// <summary>Reads retractions written by <see cref="WriteRetractions"/>.</summary>
    /// <remarks>A method group, not a lambda: its cached delegate needs no static constructor, which every first access would compile.</remarks>
    public static EquatableArray<Retraction> ReadRetractions(CompactReader r) => r.Array(ReadRetraction);

    private static Retraction ReadRetraction(CompactReader r) =>
        new() { RecordId = r.String(), Property = r.OptionalString(), Reason = r.String(), Evidence = r.Array(ReadEvidence) };

    private static void WriteEvidence(CompactWriter w, Evidence evidence)
    {
        w.String(evidence.Citation.DocumentId);
        w.OptionalInt(evidence.Citation.Paragraph);
        w.String(evidence.Quote);
    }

    private static Evidence ReadEvidence(CompactReader r) => new(new Citation(r.String(), r.OptionalInt()), r.OptionalString());

    private static void WriteStatement(CompactWriter w, Statement statement)
    {
        w.String(statement.Property);
        w.String(statement.Value);
        w.OptionalDate(statement.Time);
        w.Array(statement.Evidence, WriteEvidence);
        w.Int((int)statement.Basis);
        w.String(statement.Reason);
        w.Int((int)statement.Rank);
        w.Int((int)statement.RankReason);
        w.String(statement.PlaceId);
        w.String(statement.BodyId);
    }

    private static Statement ReadStatement(CompactReader r) => new()
    {
        Property = r.String(),
        Value = r.OptionalString(),
        Time = r.OptionalDate(),
        Evidence = r.Array(ReadEvidence),
        Basis = (StatementBasis)r.Int(),
        Reason = r.OptionalString(),
        Rank = (StatementRank)r.Int(),
        RankReason = (RankReason)r.Int(),
        PlaceId = r.OptionalString(),
        BodyId = r.OptionalString(),
    };
}
