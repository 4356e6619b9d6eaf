namespace AseanUn.Explorer.Chart;

/// <summary>One horizontal lane of the chart: a pillar, or the partnership as a whole.</summary>
/// <param name="Key">The pillar code, or <see cref="PartnershipKey"/>.</param>
/// <param name="Name">The name shown at its left.</param>
/// <param name="Colour">The colour of its marks.</param>
/// <param name="Rows">How many rows of marks it holds (at least one).</param>
/// <param name="Y">Its top.</param>
internal sealed record ChartLane(string Key, string Name, string Colour, int Rows, double Y)
{
    /// <summary>The key of the lane for records tagged with no action line: the partnership as a whole.</summary>
    public const string PartnershipKey = "partnership";
}
