using System.Linq;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>A statement's basis, rank and evidence as <c>show</c> prints them.</summary>
internal static class StatementText
{
    /// <summary>Returns "stated", or "inferred: " and the reason.</summary>
    public static string BasisOf(Statement statement) =>
        statement.Basis == StatementBasis.Inferred ? $"inferred: {statement.Reason}" : "stated";

    /// <summary>Returns the rank in words, with why when a reason is given: "deprecated (superseded)".</summary>
    public static string RankOf(Statement statement)
    {
        var rank = AseanUn.Validation.TypeWords.Of(statement.Rank.ToString());
        return statement.RankReason == RankReason.None ? rank : $"{rank} ({AseanUn.Validation.TypeWords.Of(statement.RankReason.ToString())})";
    }

    /// <summary>Returns the evidence as citations with their quotes; an inference marker without its own evidence rests on the record's sources.</summary>
    public static string EvidenceOf(PartnershipDataset dataset, PartnershipRecord record, Statement statement)
    {
        if (statement.Evidence.IsEmpty)
        {
            return $"the record's sources: {string.Join("; ", RecordFacts.SourcesOf(dataset, record))}";
        }

        return EvidenceOf(dataset, statement.Evidence);
    }

    /// <summary>Returns the evidence as citations, one entry per document as <c>show</c>'s sources are, with the quotes where given.</summary>
    public static string EvidenceOf(PartnershipDataset dataset, System.Collections.Generic.IReadOnlyList<Evidence> evidence)
    {
        var cited = RecordFacts.SourcesOf(dataset, [.. evidence.Select(e => e.Citation)]);
        var quotes = evidence.Where(e => e.Quote is not null).Select(e => $"\"{e.Quote}\"");
        return string.Join("; ", cited.Concat(quotes));
    }
}
