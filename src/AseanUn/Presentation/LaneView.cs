namespace AseanUn.Presentation;

/// <summary>One lane of the timeline.</summary>
/// <param name="Key">The pillar code, or <c>partnership</c> for records tagged with no action line.</param>
/// <param name="Name">The name shown at the top of the lane.</param>
internal sealed record LaneView(string Key, string Name);
