using AseanUn.Collections;
using AseanUn.Queries;

namespace AseanUn;

// Which UN entities cooperate with which ASEAN bodies, under which action lines.
public sealed partial class PartnershipDataset
{
    /// <summary>Gets every link between a UN entity and an ASEAN body (see <see cref="CooperationLink"/>).</summary>
    /// <remarks>Ordered by the UN entity's place in the dataset, then the ASEAN body's.</remarks>
    public EquatableArray<CooperationLink> CooperationLinks => Index.Cooperation.All;

    /// <summary>Returns the links of one organisation, of either side, in the order of <see cref="CooperationLinks"/>.</summary>
    /// <param name="organisation">The organisation's id, name, acronym or alias (as <see cref="TryFindOrganisation"/> finds it).</param>
    public EquatableArray<CooperationLink> CooperationLinksOf(string organisation) =>
        TryFindOrganisation(organisation, out var found) ? Items(Index.Cooperation.ByOrganisation, found.Id) : default;

    /// <summary>Returns the links with work under the pillar <paramref name="pillarCode"/>.</summary>
    /// <param name="pillarCode">The pillar code.</param>
    public EquatableArray<CooperationLink> CooperationLinksUnderPillar([PillarCode] string pillarCode) => Items(Index.Cooperation.ByCode.Pillars, pillarCode);

    /// <summary>Returns the links with work under the area <paramref name="areaCode"/>.</summary>
    /// <param name="areaCode">The area code.</param>
    public EquatableArray<CooperationLink> CooperationLinksUnderArea([AreaCode] string areaCode) => Items(Index.Cooperation.ByCode.Areas, areaCode);

    /// <summary>Returns the links with work under the action line <paramref name="actionLineCode"/>.</summary>
    /// <param name="actionLineCode">The action-line code.</param>
    public EquatableArray<CooperationLink> CooperationLinksUnderActionLine([ActionLineCode] string actionLineCode) => Items(Index.Cooperation.ByCode.ActionLines, actionLineCode);

}
