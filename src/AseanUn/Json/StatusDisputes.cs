using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// Two sources dating one lasting act differently (adopted on 13 November, adopted on 20 November): both dates stay,
/// as statements ranked normal with the rank reason <see cref="RankReason.Disputed"/>, and as-of answers between them
/// are uncertain. A source giving the same date again corroborates the step instead of adding one.
/// </summary>
internal static class StatusDisputes
{
    /// <summary>What a new status step does to the steps a record has.</summary>
    public enum Outcome
    {
        /// <summary>No step dates the same act: the step is a new one.</summary>
        New,

        /// <summary>A step dates the same act on the same date: the new evidence joins it.</summary>
        Corroborated,

        /// <summary>Steps date the same act on other dates: all are kept, disputed.</summary>
        Disputed,
    }

    /// <summary>
    /// Settles a new step (<paramref name="status"/> on <paramref name="date"/>, resting on <paramref name="evidence"/>)
    /// against the steps of <paramref name="draft"/>; returns <see cref="Outcome.New"/> without changing anything when
    /// the last step does not date the same lasting act, and otherwise the index of the statement that now holds the new evidence.
    /// </summary>
    public static Outcome Settle(RecordDraft draft, InstrumentStatus status, PartialDate date, EquatableArray<Evidence> evidence, out int index)
    {
        index = -1;
        if (!StatusValue.IsLasting(status))
        {
            return Outcome.New;
        }

        // Only a step dating the act the record's last step dates is the same act: a status that changes and comes back
        // is a new act. The run of that act's statements is scanned from the end, so the cost is the run's, not the record's.
        var value = StatusValue.Format(status);
        if (draft.LastStep is not { } last || !string.Equals(last.Value, value, StringComparison.Ordinal))
        {
            return Outcome.New;
        }

        var rivals = new List<int>();
        var statements = draft.Statements;
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            if (statements[i] is not { Property: StatementProperty.Status, Time: { } time } statement || statement.Rank == StatementRank.Deprecated)
            {
                continue;
            }

            if (!string.Equals(statement.Value, value, StringComparison.Ordinal))
            {
                break;
            }

            if (time == date)
            {
                index = i;
                draft.ReplaceStatement(i, statement with { Evidence = Joined(statement.Evidence, evidence) });
                return Outcome.Corroborated;
            }

            rivals.Add(i);
        }

        if (rivals.Count == 0)
        {
            return Outcome.New;
        }

        foreach (var rival in rivals)
        {
            draft.ReplaceStatement(rival, statements[rival] with { Rank = StatementRank.Normal, RankReason = RankReason.Disputed });
        }

        index = draft.StatementCount;
        var step = new Statement { Property = StatementProperty.Status, Value = value, Time = date, Evidence = evidence, RankReason = RankReason.Disputed };
        if (draft.LastStep is { Time: { } lastTime } && lastTime.End > date.End)
        {
            draft.AddStatement(step);
        }
        else
        {
            draft.AddStep(step, status);
        }

        return Outcome.Disputed;
    }

    private static EquatableArray<Evidence> Joined(EquatableArray<Evidence> evidence, EquatableArray<Evidence> added)
    {
        var joined = new List<Evidence>(evidence);
        foreach (var item in added)
        {
            if (!joined.Contains(item))
            {
                joined.Add(item);
            }
        }

        return EquatableArray.From(joined);
    }
}
