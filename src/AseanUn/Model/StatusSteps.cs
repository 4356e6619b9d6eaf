using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AseanUn.Dates;
using NodaTime;

namespace AseanUn.Model;

/// <summary>
/// An instrument's status statements in the order the as-of rules read them (by the end of their time), with each
/// value parsed once: what a <see cref="StatusAnswer"/> refers to, so that answering allocates nothing.
/// </summary>
internal sealed class StatusSteps
{
    private static readonly StatusSteps None = new([], []);

    private readonly Statement[] _statements;
    private readonly InstrumentStatus[] _statuses;

    // What reading a step on a day needs, worked out once per step with days as numbers: an as-of query over every
    // instrument then compares integers, instead of dates whose every comparison checks their calendars.
    private readonly StepDays[] _days;

    private StatusSteps(Statement[] statements, InstrumentStatus[] statuses)
    {
        _statements = statements;
        _statuses = statuses;

        // For each step that layers dispute (the same act dated differently), the days between the earliest and the
        // latest date given, when the act may or may not have happened; null when no step is disputed.
        var disputes = StatusDisputeWindows.Of(statements, statuses);
        _days = new StepDays[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            _days[i] = StepDays.Of(statements[i].Time, StatusValue.IsLasting(statuses[i]), disputes?[i]);
        }
    }

    /// <summary>Gets how many steps there are.</summary>
    public int Count => _statements.Length;

    /// <summary>Gets the statement of step <paramref name="index"/>.</summary>
    public Statement Statement(int index) => _statements[index];

    /// <summary>Gets the status of step <paramref name="index"/>.</summary>
    public InstrumentStatus Status(int index) => _statuses[index];

    /// <summary>
    /// Builds the steps of <paramref name="record"/>: its dated status statements; or, when it has none, its undated
    /// status as one step at <paramref name="undatedTime"/> (the as-of date of the documents that cite it; unknown
    /// without a dataset). Deprecated statements are not evidence.
    /// </summary>
    public static StatusSteps Of(PartnershipRecord record, PartialDate? undatedTime)
    {
        if (record is not Instrument instrument)
        {
            return None;
        }

        var steps = new List<(Statement Statement, InstrumentStatus Status)>();
        foreach (var statement in instrument.Statements)
        {
            if (statement is { Property: StatementProperty.Status, Time: not null } && statement.Rank != StatementRank.Deprecated
                && StatusValue.TryParse(statement.Value, instrument.AuthoredStatus, out var status))
            {
                steps.Add((statement, status));
            }
        }

        if (steps.Count == 0)
        {
            steps.Add((new Statement
            {
                Property = StatementProperty.Status,
                Value = StatusValue.Format(instrument.AuthoredStatus),
                Time = undatedTime,
                Evidence = UndatedEvidence(instrument),
            }, instrument.AuthoredStatus));
        }

        // In the order the statuses came: by the start of a bounded time, by the end of a "no later than" bound (its
        // only known day), then by the end; stable, so statements on the same days keep their order.
        var ordered = steps.ToArray();
        var keys = Array.ConvertAll(ordered, static s => s.Statement.Time is { } time
            ? (time.HasOpenStart ? time.End : time.Start, time.End)
            : (LocalDate.MinIsoValue, LocalDate.MinIsoValue));
        var order = new int[ordered.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]) is var c and not 0 ? c : a.CompareTo(b));
        return new StatusSteps(Array.ConvertAll(order, i => ordered[i].Statement), Array.ConvertAll(order, i => ordered[i].Status));
    }

    /// <summary>Answers what the status was on <paramref name="day"/>, by the rules of <see cref="StatusAnswer"/>.</summary>
    public StatusAnswer Answer(PartialDate asOf, LocalDate day) => Answer(asOf, day, DayNumber.Ordered(day));

    /// <summary>Answers what the status was on <paramref name="day"/>, whose <see cref="DayNumber.Ordered"/> number the caller worked out once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StatusAnswer Answer(PartialDate asOf, LocalDate day, long dayNumber)
    {
        var current = -1;
        var currentKnown = false;
        var pending = 0;
        for (var i = 0; i < _statements.Length; i++)
        {
            switch (Reading(i, dayNumber))
            {
                case StepReading.Happened:
                    current = i;
                    currentKnown = true;
                    break;
                case StepReading.Past:
                    current = i;
                    currentKnown = false;
                    break;
                case StepReading.Holding:
                    current = i;
                    currentKnown = true;
                    break;
                case StepReading.Pending:
                    pending++;
                    break;
            }
        }

        var certainty = pending > 0 ? Certainty.Uncertain : currentKnown ? Certainty.Known : Certainty.Unknown;
        return new StatusAnswer(this, asOf, day, certainty, current, currentKnown);
    }

    /// <summary>Reads step <paramref name="index"/> on <paramref name="day"/>.</summary>
    /// <remarks>
    /// A step counts from the end of its time; an act whose bounded time has begun but not ended is pending (it may or
    /// may not have happened), and so is a disputed act between the earliest and the latest date the sources give; a
    /// "no later than" bound is no evidence before its end. A lasting act, once it happened,
    /// holds until a later step; a transient status holds only within its own time, and is past after it. An undated
    /// step (no dataset to date it) is past at any day: a last known value without its time.
    /// </remarks>
    internal StepReading Reading(int index, LocalDate day) => Reading(index, DayNumber.Ordered(day));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private StepReading Reading(int index, long day)
    {
        ref readonly var step = ref _days[index];
        if (!step.Dated)
        {
            return StepReading.Past;
        }

        if (step.Disputed && step.DisputeStart <= day && day < step.DisputeEnd)
        {
            return StepReading.Pending;
        }

        if (step.End <= day)
        {
            return step.Lasting || step.End == day ? StepReading.Happened : StepReading.Past;
        }

        if (step.OpenStart || step.Start > day)
        {
            return StepReading.NotYet;
        }

        return step.Lasting ? StepReading.Pending : StepReading.Holding;
    }

    // An undated status rests on the evidence of the undated status statements giving it, else on the record's sources.
    private static Collections.EquatableArray<Evidence> UndatedEvidence(Instrument instrument)
    {
        foreach (var statement in instrument.Statements)
        {
            if (statement is { Property: StatementProperty.Status, Time: null, Basis: StatementBasis.Stated, Evidence.IsEmpty: false }
                && statement.Rank != StatementRank.Deprecated
                && StatusValue.TryParse(statement.Value, instrument.AuthoredStatus, out var status) && status == instrument.AuthoredStatus)
            {
                return statement.Evidence;
            }
        }

        return Evidence.Of(instrument.Sources);
    }
}

/// <summary>What <see cref="StatusSteps.Reading(int, LocalDate)"/> needs of one step, its days as <see cref="DayNumber.Ordered"/> numbers.</summary>
/// <param name="Dated">Whether the step has a time (an undated one is a last known value, never evidence on a day).</param>
/// <param name="Start">The first day of its time.</param>
/// <param name="End">The last day of its time.</param>
/// <param name="OpenStart">Whether its time is a "no later than" bound, known only by its end.</param>
/// <param name="Lasting">Whether its status holds until a later step (<see cref="StatusValue.IsLasting"/>).</param>
/// <param name="Disputed">Whether layers date the act differently, so that it is pending between the dispute's days.</param>
/// <param name="DisputeStart">The first day of the dispute.</param>
/// <param name="DisputeEnd">The day the dispute ends.</param>
internal readonly record struct StepDays(bool Dated, long Start, long End, bool OpenStart, bool Lasting, bool Disputed, long DisputeStart, long DisputeEnd)
{
    /// <summary>Returns what reading a step of <paramref name="time"/> needs.</summary>
    public static StepDays Of(PartialDate? time, bool lasting, (LocalDate Start, LocalDate End)? dispute) => time is { } t
        ? new(true, t.StartDay, t.EndDay, t.HasOpenStart, lasting, dispute is not null,
            dispute is { } d ? DayNumber.Ordered(d.Start) : 0, dispute is { } e ? DayNumber.Ordered(e.End) : 0)
        : new(false, 0, 0, false, lasting, false, 0, 0);
}

/// <summary>How one status step reads on a day.</summary>
internal enum StepReading
{
    /// <summary>Its time is after the day: no evidence yet.</summary>
    NotYet,

    /// <summary>A lasting act whose time has ended by the day, or a transient status on the last day of its time.</summary>
    Happened,

    /// <summary>A lasting act whose bounded time has begun and not ended: it may or may not have happened.</summary>
    Pending,

    /// <summary>A transient status within its own time.</summary>
    Holding,

    /// <summary>A transient status after its time, or an undated one: a last known value, not known to hold.</summary>
    Past,
}
