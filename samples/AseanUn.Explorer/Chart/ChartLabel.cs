namespace AseanUn.Explorer.Chart;

/// <summary>A label written on the chart for an important mark, in a tier above the lanes, with a leader down to it.</summary>
/// <param name="Mark">The mark it labels.</param>
/// <param name="Text">What it says: a summit's number, or the instrument's short name or title.</param>
/// <param name="X">Where the text begins.</param>
/// <param name="Anchor">The x of the mark, where the leader goes down.</param>
/// <param name="Tier">Its tier, 0 the lowest (nearest the lanes).</param>
/// <param name="IsSummit">Whether it labels a summit (drawn bolder, with a guide through every lane).</param>
internal sealed record ChartLabel(ChartMark Mark, string Text, double X, double Anchor, int Tier, bool IsSummit);
