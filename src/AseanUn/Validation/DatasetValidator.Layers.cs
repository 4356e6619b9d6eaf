using System;
using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Validation;

// The sanity rules of a layer: nothing dated after its as-of date, no status moving back without a reason, no
// supersession cycle.
internal sealed partial class DatasetValidator
{
    // The most action lines a supersession chain is followed through: more than the classification has.
    private const int MaxChain = 1000;

    // The as-of date of the document or dataset being checked; nothing its records state may be later.
    private PartialDate? _asOf;

    private void CheckLayerRules(RecordEntry entry, PartnershipRecord record)
    {
        if (_asOf is { } asOf)
        {
            CheckAfterAsOf(entry, record, asOf);
        }

        CheckStatusBackwards(entry, record);
        if (record is ActionLine { SupersededBy: { } successor } line)
        {
            CheckSupersession(entry, line, successor);
        }
    }

    // A statement, and a date on which something was signed, adopted, published, held or issued, is no later than the
    // as-of date; an expected date (of a planned instrument or event) and a period that runs on are not acts.
    private void CheckAfterAsOf(RecordEntry entry, PartnershipRecord record, PartialDate asOf)
    {
        for (var i = 0; i < record.Statements.Count; i++)
        {
            if (record.Statements[i].Time is { } time && After(time, asOf))
            {
                Report(entry, new RecordSite("statements", i, "time"), DatasetProblemKind.AfterAsOf,
                    $"The statement about {Quoted.Of(record.Statements[i].Property)} is dated {time}, after the as-of date {asOf}; {AfterAsOfAdvice}");
            }
        }

        var (property, date, what) = record switch
        {
            Instrument { Date: { } acted } instrument when StatusValue.IsLasting(instrument.Status) =>
                ("date", acted, $"The instrument {Quoted.Of(record.Id)} is {StatusValue.Format(instrument.Status)} on"),
            Event { Planned: false } held => ("date", held.Date, $"The event {Quoted.Of(record.Id)} is held on"),
            SourceDocument { Issued: { } issued } => ("issued", issued, $"The document {Quoted.Of(record.Id)} is issued on"),
            Figure figure => ("asOf", figure.AsOf, $"The figure {Quoted.Of(record.Id)} is as of"),
            _ => ("", default(PartialDate), ""),
        };
        if (property.Length > 0 && After(date, asOf))
        {
            Report(entry, new RecordSite(property), DatasetProblemKind.AfterAsOf, $"{what} {date}, after the as-of date {asOf}; {AfterAsOfAdvice}");
        }
    }

    /// <summary>What to do about a date after the as-of date.</summary>
    internal const string AfterAsOfAdvice =
        "a layer states nothing later than its as-of date. Correct the date, or put the fact in a layer whose as-of date is that late.";

    /// <summary>Returns whether <paramref name="date"/> lies after <paramref name="asOf"/>: it starts after the as-of date ends ("no later than" a day counts as that day).</summary>
    internal static bool After(PartialDate date, PartialDate asOf) => (date.HasOpenStart ? date.End : date.Start) > asOf.End;

    // An act that lasts (signed, adopted…) is not followed by a planned or in-preparation status unless a reason says why.
    private void CheckStatusBackwards(RecordEntry entry, PartnershipRecord record)
    {
        if (record is not Instrument instrument)
        {
            return;
        }

        Statement? act = null;
        foreach (var (statement, status) in DatedSteps(instrument))
        {
            if (StatusValue.IsLasting(status))
            {
                act ??= statement;
            }
            else if (status is InstrumentStatus.Planned or InstrumentStatus.InPreparation && act is { Time: { } acted }
                && statement.Time!.Value.Start > acted.End && string.IsNullOrWhiteSpace(statement.Reason))
            {
                var index = IndexOf(record.Statements, statement);
                Report(entry, new RecordSite("statements", index, "value"), DatasetProblemKind.StatusBackwards,
                    $"The status goes back from '{act.Value}' ({acted}) to '{StatusValue.Format(status)}' ({statement.Time}); give the reason it went back, or correct the step.");
            }
        }
    }

    // The dated, undeprecated status statements in time order.
    private static List<(Statement Statement, InstrumentStatus Status)> DatedSteps(Instrument instrument)
    {
        var steps = new List<(Statement Statement, InstrumentStatus Status)>();
        foreach (var statement in instrument.Statements)
        {
            if (statement is { Property: StatementProperty.Status, Time: not null } && statement.Rank != StatementRank.Deprecated
                && StatusValue.TryParse(statement.Value, instrument.AuthoredStatus, out var status))
            {
                steps.Add((statement, status));
            }
        }

        steps.Sort(static (a, b) => a.Statement.Time!.Value.End.CompareTo(b.Statement.Time!.Value.End));
        return steps;
    }

    private static int IndexOf(Collections.EquatableArray<Statement> statements, Statement statement)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (ReferenceEquals(statements[i], statement))
            {
                return i;
            }
        }

        return -1;
    }

    // A line superseded by itself, or by a chain of lines that comes back to it, has no line carrying its work on.
    private void CheckSupersession(RecordEntry entry, ActionLine line, string successor)
    {
        var chain = new List<string> { line.Id };
        var next = successor;
        while (chain.Count <= MaxChain)
        {
            if (string.Equals(next, line.Id, StringComparison.Ordinal))
            {
                chain.Add(next);
                Report(entry, new RecordSite("supersededBy"), DatasetProblemKind.SupersessionCycle, chain.Count == 2
                    ? $"The action line {Quoted.Of(line.Id)} is superseded by itself; name the line that carries its work on, or leave supersededBy out."
                    : $"The supersession goes round in a cycle: {string.Join(" → ", chain)}; one of these lines is not superseded, leave its supersededBy out.");
                return;
            }

            if (!_known.TryGetValue(next, out var known) || known.Record is not ActionLine { SupersededBy: { } further } || chain.Contains(next))
            {
                return;
            }

            chain.Add(next);
            next = further;
        }
    }
}
