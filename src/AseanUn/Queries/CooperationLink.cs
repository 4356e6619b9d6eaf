using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>
/// A UN entity and an ASEAN body that work together, the action lines they work on together, and the records that
/// show it.
/// </summary>
/// <remarks>
/// Links are derived from the records: an activity links its UN-side and ASEAN-side supporters and partners, an
/// instrument its UN-side and ASEAN-side parties, an event its UN-side and ASEAN-side participants. A link's action
/// lines are those of all its evidence together.
/// </remarks>
/// <param name="UnitedNationsEntity">The organisation of the UN side.</param>
/// <param name="AseanBody">The organisation of the ASEAN side.</param>
/// <param name="ActionLineCodes">The action lines of the evidence, ascending by code (ordinal).</param>
/// <param name="Evidence">The activities, instruments and events that link the two, in dataset order.</param>
public sealed record CooperationLink(
    Organisation UnitedNationsEntity,
    Organisation AseanBody,
    EquatableArray<string> ActionLineCodes,
    EquatableArray<PartnershipRecord> Evidence);
