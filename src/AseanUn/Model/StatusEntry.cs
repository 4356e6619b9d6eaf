using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>One dated, cited step in an instrument's status history, e.g. "planned, 22 November 2015, ¶9".</summary>
public sealed record StatusEntry
{
    /// <summary>Gets the status the instrument had from <see cref="Date"/> on.</summary>
    public required InstrumentStatus Status { get; init; }

    /// <summary>Gets when the instrument reached the status, or when a source first shows it there.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets the citations that give this step; never empty.</summary>
    public required EquatableArray<Citation> Sources { get; init; }

    /// <summary>Formats the entry as <c>status date (sources)</c>.</summary>
    public override string ToString() => $"{Status} {Date} ({string.Join(", ", Sources)})";
}
