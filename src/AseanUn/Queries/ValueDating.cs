using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using NodaTime;

namespace AseanUn.Queries;

/// <summary>Answers as-of questions about any value of a record from its dated statements, by the rules of <see cref="StatusAnswer"/>.</summary>
internal static class ValueDating
{
    /// <summary>Returns the answer for <paramref name="property"/> (a JSON or C# name) of <paramref name="record"/> on <paramref name="date"/>.</summary>
    /// <param name="record">The record asked about.</param>
    /// <param name="property">The property, e.g. <c>placeId</c>.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="day">Its last day.</param>
    /// <param name="undated">When the record's own value counts from (the earliest citing document's as-of date), or <see langword="null"/>.</param>
    /// <param name="retracted">When a later source withdrew the value (the latest date of its documents), or <see langword="null"/> when unknown.</param>
    /// <remarks>
    /// A retracted value is what the sources said until its retraction: its statements count as they stood before
    /// the retraction's time; from then on nothing is known, the retracted statement being the last known.
    /// </remarks>
    public static ValueAnswer Answer(PartnershipRecord record, string property, PartialDate date, LocalDate day, PartialDate? undated, PartialDate? retracted = null)
    {
        // Days compared packed: each comparison of LocalDates would make them from the packed days first.
        var dayNumber = DayNumber.Packed(day);
        var withdrawn = Withdrawn(record, property);
        if (withdrawn is not null && (retracted is not { } retraction || retraction.EndDay <= dayNumber))
        {
            return new ValueAnswer { AsOf = date, Certainty = Certainty.Unknown, LastKnown = withdrawn };
        }

        Statement? known = null;
        List<Statement>? spanning = null;
        var dated = false;
        foreach (var statement in record.Statements)
        {
            if (!StatementProperty.Is(statement, property) || statement.Time is not { } time
                || (statement.Rank == StatementRank.Deprecated && statement.RankReason != RankReason.Retracted))
            {
                continue;
            }

            dated = true;
            if (time.EndDay <= dayNumber)
            {
                // The latest statement that has ended by the day holds; of two ending together, the later written.
                if (known?.Time is not { } best || best.EndDay <= time.EndDay)
                {
                    known = statement;
                }
            }
            else if (!time.HasOpenStart && time.StartDay <= dayNumber)
            {
                // A statement whose time the day falls inside may or may not hold yet; a "no later than" bound is no evidence before its end.
                (spanning ??= []).Add(statement);
            }
        }

        if (!dated && undated is { } since && since.EndDay <= dayNumber)
        {
            known = new Statement
            {
                Property = StatementProperty.JsonName(property), Value = withdrawn?.Value, Time = since, Evidence = withdrawn?.Evidence ?? Evidence.Of(record.Sources),
            };
        }

        if (spanning is not null)
        {
            if (known is not null)
            {
                spanning.Insert(0, known);
            }

            return new ValueAnswer { AsOf = date, Certainty = Certainty.Uncertain, Candidates = EquatableArray.From(spanning) };
        }

        return known is null
            ? new ValueAnswer { AsOf = date, Certainty = Certainty.Unknown }
            : new ValueAnswer { AsOf = date, Certainty = Certainty.Known, Statement = known };
    }

    // The statement a retraction deprecated, if the value of the property stays withdrawn: a statement of the property
    // added after it (a later source giving a value again) ends the retraction.
    private static Statement? Withdrawn(PartnershipRecord record, string property)
    {
        Statement? withdrawn = null;
        foreach (var statement in record.Statements)
        {
            if (StatementProperty.Is(statement, property))
            {
                withdrawn = statement.RankReason == RankReason.Retracted ? withdrawn ?? statement
                    : statement.Rank == StatementRank.Deprecated ? withdrawn
                    : null;
            }
        }

        return withdrawn;
    }

    /// <summary>Returns a status answer in the general form.</summary>
    public static ValueAnswer FromStatus(StatusAnswer answer) => answer.Certainty switch
    {
        Certainty.Known => new ValueAnswer { AsOf = answer.AsOf, Certainty = Certainty.Known, Statement = answer.Statement },
        Certainty.Uncertain => new ValueAnswer { AsOf = answer.AsOf, Certainty = Certainty.Uncertain, Candidates = StatementsOf(answer.Candidates) },
        _ => new ValueAnswer { AsOf = answer.AsOf, Certainty = Certainty.Unknown, LastKnown = answer.LastKnown?.Statement },
    };

    private static EquatableArray<Statement> StatementsOf(StatusCandidates candidates)
    {
        var statements = new List<Statement>(candidates.Count);
        foreach (var candidate in candidates)
        {
            statements.Add(candidate.Statement);
        }

        return EquatableArray.From(statements);
    }
}
