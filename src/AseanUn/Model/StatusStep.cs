using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A status with the statement that gives it: a candidate of an uncertain answer, or the last known status of an unknown one.</summary>
/// <param name="Status">The status.</param>
/// <param name="Statement">The statement giving it, with its time and evidence.</param>
public readonly record struct StatusStep(InstrumentStatus Status, Statement Statement)
{
    /// <summary>Gets the time of the statement: when the status held, or <see langword="null"/> when it cannot be dated.</summary>
    public PartialDate? Since => Statement.Time;

    /// <summary>Gets the evidence of the statement.</summary>
    public EquatableArray<Evidence> Evidence => Statement.Evidence;

    /// <summary>Gets the id of the place where the act was done, or <see langword="null"/> when the statement does not say.</summary>
    public string? PlaceId => Statement.PlaceId;

    /// <summary>Gets the id of the organisation or event by which the act was done, or <see langword="null"/> when the statement does not say.</summary>
    public string? BodyId => Statement.BodyId;

    /// <summary>Formats the step as <c>status time</c>.</summary>
    public override string ToString() => Since is { } since ? $"{StatusValue.Format(Status)} {since}" : StatusValue.Format(Status);
}
