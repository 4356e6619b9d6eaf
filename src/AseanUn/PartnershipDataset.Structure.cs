using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn;

// The hierarchy of pillars, areas and action lines. Precomputed; none allocates.
public sealed partial class PartnershipDataset
{
    /// <summary>Returns the areas of the pillar with code <paramref name="pillarCode"/>, in dataset order; empty for an unknown code.</summary>
    /// <param name="pillarCode">The pillar code.</param>
    public EquatableArray<Area> AreasOf([PillarCode] string pillarCode) =>
        pillarCode is not null && Index.AreasOfPillar.TryGetValue(pillarCode, out var areas) ? areas : default;

    /// <summary>Returns the action lines of the area with code <paramref name="areaCode"/>, in dataset order; empty for an unknown code.</summary>
    /// <param name="areaCode">The area code.</param>
    public EquatableArray<ActionLine> ActionLinesOf([AreaCode] string areaCode) =>
        areaCode is not null && Index.ActionLinesOfArea.TryGetValue(areaCode, out var lines) ? lines : default;

    /// <summary>Returns the action lines of every area of the pillar with code <paramref name="pillarCode"/>, in dataset order; empty for an unknown code.</summary>
    /// <param name="pillarCode">The pillar code.</param>
    public EquatableArray<ActionLine> ActionLinesOfPillar([PillarCode] string pillarCode) =>
        pillarCode is not null && Index.ActionLinesOfPillar.TryGetValue(pillarCode, out var lines) ? lines : default;
}
