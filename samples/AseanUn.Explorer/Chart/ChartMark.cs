using AseanUn.Queries;

namespace AseanUn.Explorer.Chart;

/// <summary>One dated record placed on the chart.</summary>
/// <param name="Entry">The timeline entry: the record and the date that places it.</param>
/// <param name="Lane">The index of its lane.</param>
/// <param name="Shape">How it is drawn.</param>
/// <param name="X1">Where it begins.</param>
/// <param name="X2">Where it ends (equal to <paramref name="X1"/> for a day).</param>
/// <param name="Row">Its row within the lane, so that marks never overlap.</param>
internal sealed record ChartMark(TimelineEntry Entry, int Lane, MarkShape Shape, double X1, double X2, int Row)
{
    /// <summary>Gets whether either end of the date is approximate (<c>~</c>): drawn with a dashed outline.</summary>
    public bool IsApproximate => (Entry.Date.Qualifier | Entry.Date.EndQualifier).HasFlag(Dates.DateQualifier.Approximate);

    /// <summary>Gets whether either end of the date is uncertain (<c>?</c>): drawn with a dotted outline.</summary>
    public bool IsUncertain => (Entry.Date.Qualifier | Entry.Date.EndQualifier).HasFlag(Dates.DateQualifier.Uncertain);
}
