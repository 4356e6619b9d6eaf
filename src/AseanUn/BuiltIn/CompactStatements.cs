using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes and reads a record's statements in the compact data form, once for every record type, right after the
/// fields every record has: property, value, time, evidence (citation and quote), basis, reason, rank and its reason.
/// </summary>
internal static class CompactStatements
{
    /// <summary>Writes the statements of <paramref name="record"/>.</summary>
    public static void Write(CompactWriter w, PartnershipRecord record) => w.Array(record.Statements, WriteStatement);

    /// <summary>Reads statements written by <see cref="Write"/>.</summary>
    public static EquatableArray<Statement> Read(CompactReader r) => r.Array(ReadStatement);

    private static void WriteStatement(CompactWriter w, Statement statement)
    {
        w.String(statement.Property);
        w.String(statement.Value);
        w.OptionalDate(statement.Time);
        w.Array(statement.Evidence, static (w, e) => { w.String(e.Citation.DocumentId); w.OptionalInt(e.Citation.Paragraph); w.String(e.Quote); });
        w.Int((int)statement.Basis);
        w.String(statement.Reason);
        w.Int((int)statement.Rank);
        w.Int((int)statement.RankReason);
    }

    private static Statement ReadStatement(CompactReader r) => new()
    {
        Property = r.String(),
        Value = r.OptionalString(),
        Time = r.OptionalDate(),
        Evidence = r.Array(static r => new Evidence(new Citation(r.String(), r.OptionalInt()), r.OptionalString())),
        Basis = (StatementBasis)r.Int(),
        Reason = r.OptionalString(),
        Rank = (StatementRank)r.Int(),
        RankReason = (RankReason)r.Int(),
    };
}
