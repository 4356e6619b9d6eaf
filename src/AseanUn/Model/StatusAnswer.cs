using System;
using AseanUn.Collections;
using AseanUn.Dates;
using NodaTime;

namespace AseanUn.Model;

/// <summary>
/// What the evidence says an instrument's status was on a date: <see cref="Certainty.Known"/> (the status, since when,
/// on what evidence), <see cref="Certainty.Uncertain"/> (the <see cref="Candidates"/>, each with its evidence) or
/// <see cref="Certainty.Unknown"/> (no evidence at or before the date; <see cref="LastKnown"/> when there is an earlier value).
/// </summary>
/// <remarks>
/// <para>The rules, one set for <see cref="Instrument.StatusAsOf"/>, <see cref="PartnershipDataset.StatusAsOf"/> and
/// <see cref="PartnershipDataset.TimelineAsOf"/>:</para>
/// <list type="bullet">
/// <item>Nothing is known before its evidence: a statement counts from the last day of its time.</item>
/// <item>An act dated to a span (a month, a year) asked about a day inside it is uncertain; a "no later than" bound
/// (<see cref="PartialDate.Until"/>) is no evidence before its end.</item>
/// <item>Lasting acts (signed, adopted, published, issued, concluded, in force) hold until a later statement; a
/// transient status (planned, in preparation) or an unstated one is known only within its own time.</item>
/// <item>An instrument's undated status counts as evidence at the as-of date of the earliest document citing it, and
/// only when it has no dated status statement; an instrument asked alone, without its dataset, cannot date it, so
/// that status is only a last known value.</item>
/// <item>A date that is not a day is asked about its last day: as of 2016 is as of 31 December 2016.</item>
/// </list>
/// <para>The answer refers to the instrument's ordered status statements, computed once; making and reading it allocates nothing.</para>
/// </remarks>
public readonly struct StatusAnswer : IEquatable<StatusAnswer>
{
    private readonly StatusSteps? _steps;
    private readonly LocalDate _day;
    private readonly int _index;
    private readonly bool _indexKnown;
    private readonly Certainty _certainty;

    internal StatusAnswer(StatusSteps steps, PartialDate asOf, LocalDate day, Certainty certainty, int index, bool indexKnown)
    {
        _steps = steps;
        AsOf = asOf;
        _day = day;
        _certainty = certainty;
        _index = index;
        _indexKnown = indexKnown;
    }

    /// <summary>Gets the date asked about.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Gets how sure the answer is; <see cref="Certainty.Unknown"/> for a default answer.</summary>
    public Certainty Certainty => _steps is null ? Certainty.Unknown : _certainty;

    /// <summary>Gets the status when <see cref="Certainty"/> is <see cref="Certainty.Known"/>, else <see langword="null"/>.</summary>
    public InstrumentStatus? Status => Certainty == Certainty.Known ? _steps!.Status(_index) : null;

    /// <summary>Gets the time of the statement the known status rests on (when it began to hold), else <see langword="null"/>.</summary>
    public PartialDate? Since => Certainty == Certainty.Known ? _steps!.Statement(_index).Time : null;

    /// <summary>Gets the statement the known status rests on, else <see langword="null"/>.</summary>
    public Statement? Statement => Certainty == Certainty.Known ? _steps!.Statement(_index) : null;

    /// <summary>Gets the evidence of the answer: of the known status, or of the last known one; empty otherwise (each candidate carries its own).</summary>
    public EquatableArray<Evidence> Evidence => Certainty switch
    {
        Certainty.Known => _steps!.Statement(_index).Evidence,
        Certainty.Unknown when _index >= 0 => _steps!.Statement(_index).Evidence,
        _ => default,
    };

    /// <summary>Gets the statuses the evidence allows when <see cref="Certainty"/> is <see cref="Certainty.Uncertain"/>; empty otherwise.</summary>
    public StatusCandidates Candidates => Certainty == Certainty.Uncertain ? new(_steps!, _day, _indexKnown ? _index : -1) : default;

    /// <summary>Gets the last status the evidence gave before the date when <see cref="Certainty"/> is <see cref="Certainty.Unknown"/>, with its time and evidence; else <see langword="null"/>.</summary>
    public StatusStep? LastKnown => Certainty == Certainty.Unknown && _index >= 0 ? new StatusStep(_steps!.Status(_index), _steps.Statement(_index)) : null;

    /// <inheritdoc/>
    public bool Equals(StatusAnswer other) =>
        ReferenceEquals(_steps, other._steps) && AsOf == other.AsOf && Certainty == other.Certainty && _index == other._index && _indexKnown == other._indexKnown;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatusAnswer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Certainty, _index);

    /// <summary>Formats the answer, e.g. <c>known: adopted since ..2016-09-07</c> or <c>unknown (last known: planned 2015-11-22)</c>.</summary>
    public override string ToString() => Certainty switch
    {
        Certainty.Known => $"known: {StatusValue.Format(Status!.Value)}{(Since is { } since ? $" since {since}" : "")}",
        Certainty.Uncertain => $"uncertain: {string.Join(" or ", Candidates.ToEquatableArray())}",
        _ => LastKnown is { } last ? $"unknown (last known: {last})" : "unknown",
    };

    /// <summary>Compares by value.</summary>
    public static bool operator ==(StatusAnswer left, StatusAnswer right) => left.Equals(right);

    /// <summary>Compares by value.</summary>
    public static bool operator !=(StatusAnswer left, StatusAnswer right) => !left.Equals(right);
}
