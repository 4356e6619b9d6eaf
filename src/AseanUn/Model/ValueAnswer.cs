using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>
/// What the evidence says one value of a record was on a date: <see cref="Certainty.Known"/> (the statement it rests
/// on), <see cref="Certainty.Uncertain"/> (the <see cref="Candidates"/>) or <see cref="Certainty.Unknown"/> (nothing
/// states it by then; <see cref="LastKnown"/> when an earlier value no longer holds). The general form of
/// <see cref="StatusAnswer"/>, for any property with dated statements.
/// </summary>
/// <remarks>
/// A value's statements follow the rules of <see cref="StatusAnswer"/>: a statement counts from the last day of its
/// time, a statement whose time the day falls inside makes the answer uncertain, a dated value holds until a later
/// statement, and the record's own value, when no statement dates it, counts from the as-of date of the earliest
/// document citing the record. A statement's <see cref="Statement.Value"/> of <see langword="null"/> is the value the
/// record carries.
/// </remarks>
public readonly record struct ValueAnswer
{
    /// <summary>Gets the date asked about.</summary>
    public PartialDate AsOf { get; init; }

    /// <summary>Gets how sure the answer is.</summary>
    public Certainty Certainty { get; init; }

    /// <summary>Gets the statement the known value rests on, else <see langword="null"/>.</summary>
    public Statement? Statement { get; init; }

    /// <summary>Gets the statements whose values the evidence allows when <see cref="Certainty"/> is <see cref="Certainty.Uncertain"/>; empty otherwise.</summary>
    public EquatableArray<Statement> Candidates { get; init; }

    /// <summary>Gets the last statement known before the date when <see cref="Certainty"/> is <see cref="Certainty.Unknown"/> and an earlier value no longer holds, else <see langword="null"/>.</summary>
    public Statement? LastKnown { get; init; }

    /// <summary>Gets the known value in its JSON text form, or <see langword="null"/> when not known or when it is the value the record carries.</summary>
    public string? Value => Statement?.Value;

    /// <summary>Gets when the known value began to hold, else <see langword="null"/>.</summary>
    public PartialDate? Since => Statement?.Time;

    /// <summary>Gets how exactly the known value is stated: a figure's precision for its value (e.g. <see cref="FigurePrecision.MoreThan"/>), else <see cref="FigurePrecision.Exact"/>.</summary>
    public FigurePrecision Precision { get; init; }

    /// <summary>Gets whether the known value is a lower bound (<see cref="FigurePrecision.AtLeast"/> or <see cref="FigurePrecision.MoreThan"/>), not the value itself.</summary>
    public bool IsLowerBound => Precision is FigurePrecision.AtLeast or FigurePrecision.MoreThan;
}
