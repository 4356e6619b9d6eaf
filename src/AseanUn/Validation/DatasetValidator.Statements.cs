using System;
using System.Collections.Generic;
using AseanUn.Model;

namespace AseanUn.Validation;

// The statement rules: evidence, reasons, quotes, values, ranks and times.
internal sealed partial class DatasetValidator
{
    private void CheckStatements(RecordEntry entry, PartnershipRecord record)
    {
        var statements = record.Statements;
        HashSet<string>? preferred = null;
        Statement? previous = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (_values.Problem(record.GetType(), statement) is { } problem)
            {
                Report(entry, new RecordSite("statements", i, statement.Value is null ? "property" : "value"), DatasetProblemKind.InvalidValue, problem);
            }

            CheckEvidence(entry, record, statement, i);
            if (statement.Basis == StatementBasis.Inferred && string.IsNullOrWhiteSpace(statement.Reason))
            {
                Report(entry, new RecordSite("statements", i, "reason"), DatasetProblemKind.InvalidValue,
                    $"The inference about {Quoted.Of(statement.Property)} gives no reason; say in one line why the value follows.");
            }

            if (statement.Rank == StatementRank.Preferred && !(preferred ??= new(StringComparer.Ordinal)).Add(statement.Property))
            {
                Report(entry, new RecordSite("statements", i, "rank"), DatasetProblemKind.InvalidValue,
                    $"Only one statement about {Quoted.Of(statement.Property)} is preferred: the value the record carries.");
            }

            if (Contradiction(record, previous, statement) is { } contradiction)
            {
                Report(entry, new RecordSite("statements", i, "time"), DatasetProblemKind.InvalidValue, contradiction);
            }

            previous = statement.Property == StatementProperty.Status ? statement : previous;
        }
    }

    // Evidence is present (an inference marker written with a shorthand rests on the record's sources), cites what
    // exists, quotes briefly, and is among the record's sources: they are the union of the evidence.
    private void CheckEvidence(RecordEntry entry, PartnershipRecord record, Statement statement, int index)
    {
        if (statement.Evidence.IsEmpty && !(statement.Basis == StatementBasis.Inferred && statement.Value is null))
        {
            Report(entry, new RecordSite("statements", index, "evidence"), DatasetProblemKind.MissingCitation,
                $"The statement about {Quoted.Of(statement.Property)} gives no evidence; cite the paragraph or document it comes from.");
            return;
        }

        CheckCitations(entry, statement.Citations, "statements", index);
        for (var e = 0; e < statement.Evidence.Count; e++)
        {
            var evidence = statement.Evidence[e];
            if (evidence.Quote is { Length: > Evidence.MaxQuoteLength } quote)
            {
                Report(entry, new RecordSite("statements", index, $"evidence[{e}].quote"), DatasetProblemKind.InvalidValue,
                    $"A quote is at most {Evidence.MaxQuoteLength} characters, not {quote.Length}; quote the words that state the value.");
            }

            if (!record.Sources.Contains(evidence.Citation))
            {
                Report(entry, new RecordSite("statements", index, $"evidence[{e}].citation"), DatasetProblemKind.MissingCitation,
                    $"{evidence.Citation} is not among the record's sources; a record's sources are the union of its statements' evidence.");
            }
        }
    }

    // Two unranked, stated statements in a row date one lasting act differently: a status signed in 2007 and signed
    // again in 2008 with nothing between; a rank (preferred, deprecated) says which to believe. Checking neighbours
    // keeps the rule linear in the statements, and a status that changes and comes back is no contradiction.
    private static string? Contradiction(PartnershipRecord record, Statement? earlier, Statement later)
    {
        // Statements ranked disputed say that sources disagree: both dates are kept, neither believed over the other.
        if (earlier is null || earlier.Rank != StatementRank.Normal || later.Rank != StatementRank.Normal
            || earlier.RankReason == RankReason.Disputed || later.RankReason == RankReason.Disputed
            || earlier.Basis != StatementBasis.Stated || later.Basis != StatementBasis.Stated
            || earlier.Time is not { } first || later.Time is not { } second || first == second
            || earlier.Property != StatementProperty.Status || later.Property != StatementProperty.Status
            || !string.Equals(earlier.Value, later.Value, StringComparison.Ordinal) || record is not Instrument instrument
            || !StatusValue.TryParse(later.Value, instrument.AuthoredStatus, out var status) || !StatusValue.IsLasting(status))
        {
            return null;
        }

        return $"The act '{StatusValue.Format(status)}' is dated both {first} and {second}; rank one preferred or deprecated.";
    }

    // The status an instrument is given is where its latest dated status statement leaves it.
    private void CheckStatus(RecordEntry entry, Instrument instrument)
    {
        if (instrument.Status != instrument.AuthoredStatus)
        {
            Report(entry, new RecordSite("status"), DatasetProblemKind.InvalidValue,
                $"The status is '{StatusValue.Format(instrument.AuthoredStatus)}', but its latest dated status statement is '{StatusValue.Format(instrument.Status)}'.");
        }
    }
}
