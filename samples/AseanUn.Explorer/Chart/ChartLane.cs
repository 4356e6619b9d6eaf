namespace AseanUn.Explorer.Chart;

/// <summary>One horizontal lane of the chart: a pillar, or the partnership as a whole.</summary>
/// <param name="Key">The pillar code, or <see cref="PartnershipKey"/>.</param>
/// <param name="Name">The name shown at the top of the lane.</param>
/// <param name="Colour">The colour of its marks.</param>
/// <param name="Rows">How many rows of marks it holds (at least one).</param>
/// <param name="Y">Its top.</param>
/// <param name="Counts">What it counts, in words, e.g. <c>PS · 15 records tagged (as pillars counts), 12 dated: 9 drawn here, 3 in another lane</c>.</param>
internal sealed record ChartLane(string Key, string Name, string Colour, int Rows, double Y, string Counts)
{
    /// <summary>The key of the lane for records tagged with no action line: the partnership as a whole.</summary>
    public const string PartnershipKey = AseanUn.Presentation.PageViews.PartnershipLane;

    /// <summary>Gets the lane's height: its header, then its rows of marks between paddings.</summary>
    public double Height => ChartLayout.LaneHeader + (Rows * ChartLayout.RowHeight) + (2 * ChartLayout.LanePadding);

    /// <summary>Gets the y of the middle of row <paramref name="row"/>.</summary>
    public double RowY(int row) => Y + ChartLayout.LaneHeader + ChartLayout.LanePadding + (row * ChartLayout.RowHeight) + (ChartLayout.RowHeight / 2);
}
