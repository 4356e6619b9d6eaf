using System.Collections.Frozen;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn;

// Single filters. Each one that a key answers returns a precomputed array: no allocation, no scan.
// Combine filters with Query().
public sealed partial class PartnershipDataset
{
    /// <summary>Returns the records tagged with an action line under the pillar <paramref name="pillarCode"/>, in dataset order.</summary>
    /// <remarks>
    /// Tagged records are instruments, events, activities and figures (the records that carry action-line codes); the
    /// pillar's own areas and action lines are not included (see <see cref="AreasOf"/>). An unknown code gives an empty result.
    /// </remarks>
    /// <param name="pillarCode">The pillar code, e.g. <see cref="PillarCodes.SocioCultural"/>.</param>
    public EquatableArray<PartnershipRecord> RecordsUnderPillar([PillarCode] string pillarCode) => Items(Index.Codes.Pillars, pillarCode);

    /// <summary>Returns the records tagged with an action line under the area <paramref name="areaCode"/>, in dataset order.</summary>
    /// <remarks>See <see cref="RecordsUnderPillar"/> for which records are tagged. An unknown code gives an empty result.</remarks>
    /// <param name="areaCode">The area code, e.g. <see cref="AreaCodes.CultureAndEducation"/>.</param>
    public EquatableArray<PartnershipRecord> RecordsUnderArea([AreaCode] string areaCode) => Items(Index.Codes.Areas, areaCode);

    /// <summary>Returns the records tagged with the action line <paramref name="actionLineCode"/>, in dataset order.</summary>
    /// <remarks>An unknown code gives an empty result.</remarks>
    /// <param name="actionLineCode">The action-line code, e.g. <see cref="ActionLineCodes.Education"/>.</param>
    public EquatableArray<PartnershipRecord> RecordsUnderActionLine([ActionLineCode] string actionLineCode) => Items(Index.Codes.ActionLines, actionLineCode);

    /// <summary>Returns the records that refer to an organisation, of either side, in dataset order.</summary>
    /// <remarks>
    /// The organisation is found as <see cref="TryFindOrganisation"/> finds it: by id, name, acronym or alias, ignoring case
    /// and diacritics. A record involves it when any of its references names it: as participant, party, supporter,
    /// partner, subject, parent, or the organisation of a person's role. An unknown organisation gives an empty result.
    /// </remarks>
    /// <param name="organisation">The organisation's id, name, acronym or alias, e.g. <c>UNICEF</c>.</param>
    public EquatableArray<PartnershipRecord> RecordsInvolvingOrganisation(string organisation) =>
        TryFindOrganisation(organisation, out var found) ? Items(Index.Mentions, found.Id) : default;

    /// <summary>Returns the records that refer to a member state, directly or through a grouping it belongs to, in dataset order.</summary>
    /// <remarks>
    /// The member state is found as <see cref="TryFindMemberState"/> finds it. A record that names CLMV involves Cambodia,
    /// Lao PDR, Myanmar and Viet Nam; an event held at a place in the state (its <see cref="Place.CountryCode"/> is the
    /// state's ISO code) involves the state, as the 8th ASEAN-UN Summit in Vientiane involves Lao PDR. An unknown member
    /// state gives an empty result.
    /// </remarks>
    /// <param name="memberState">The member state's id, name or ISO code, e.g. <c>Lao PDR</c> or <c>LA</c>.</param>
    public EquatableArray<PartnershipRecord> RecordsInvolvingMemberState(string memberState) =>
        TryFindMemberState(memberState, out var found) ? Items(Index.Mentions, found.Id) : default;

    /// <summary>Returns the records that refer to a person (e.g. the events they took part in), in dataset order.</summary>
    /// <remarks>The person is found as <see cref="TryFindPerson"/> finds them. An unknown person gives an empty result.</remarks>
    /// <param name="person">The person's id or name.</param>
    public EquatableArray<PartnershipRecord> RecordsInvolvingPerson(string person) =>
        TryFindPerson(person, out var found) ? Items(Index.Mentions, found.Id) : default;

    /// <summary>Returns the events held at a place, in dataset order.</summary>
    /// <remarks>
    /// <paramref name="place"/> may be a place id, a place's name, its city, its country or its country code, ignoring
    /// case and diacritics: <c>New York</c> finds events at every place in New York, <c>Malaysia</c> or <c>MY</c> every
    /// event held in Malaysia — including events the source places only in a country, which carry the member state as
    /// <see cref="Event.HostStateId"/> instead of a place. Unknown places give an empty result.
    /// </remarks>
    /// <param name="place">The place id, name, city, country or ISO country code (or a host member state's id, name or ISO code).</param>
    public EquatableArray<Event> EventsAt(string place) => Items(Index.EventsAtPlace, place);

    /// <summary>Returns the events of kind <paramref name="kind"/>, in dataset order.</summary>
    /// <param name="kind">The event kind.</param>
    public EquatableArray<Event> EventsOfKind(EventKind kind) => DatasetIndex.At(Index.EventKinds, (int)kind).Items;

    /// <summary>Returns the instruments of kind <paramref name="kind"/>, in dataset order.</summary>
    /// <param name="kind">The instrument kind.</param>
    public EquatableArray<Instrument> InstrumentsOfKind(InstrumentKind kind) => DatasetIndex.At(Index.InstrumentKinds, (int)kind).Items;

    /// <summary>Returns the instruments with status <paramref name="status"/> (as of the source's date), in dataset order.</summary>
    /// <param name="status">The status, e.g. <see cref="InstrumentStatus.Planned"/>.</param>
    public EquatableArray<Instrument> InstrumentsWithStatus(InstrumentStatus status) => DatasetIndex.At(Index.InstrumentStatuses, (int)status).Items;

    /// <summary>Returns the organisations of kind <paramref name="kind"/>, in dataset order.</summary>
    /// <param name="kind">The organisation kind.</param>
    public EquatableArray<Organisation> OrganisationsOfKind(OrganisationKind kind) => DatasetIndex.At(Index.OrganisationKinds, (int)kind).Items;

    /// <summary>Returns the records any of whose dates shares at least one day with <paramref name="interval"/>, in dataset order.</summary>
    /// <remarks>
    /// <para>
    /// A record's dates are an event's date, an instrument's date and its period, an activity's period and a figure's
    /// as-of date. Each is a span of days (see <see cref="PartialDate"/>), and overlap is
    /// <see cref="PartialDate.Overlaps(PartialDate)"/>: "2015" matches an event of "2015-06-19/2015-06-21", a plan for
    /// "2011/2015" and an activity "since 2012". Records without dates never match.
    /// </para>
    /// <para>The answer comes from a date index that skips spans which start after the interval or end before it; it allocates the result.</para>
    /// </remarks>
    /// <param name="interval">The interval, e.g. <c>PartialDate.Year(2015)</c>.</param>
    public EquatableArray<PartnershipRecord> RecordsDuring(PartialDate interval) => Query().During(interval).ToRecords();

    private static EquatableArray<T> Items<T>(FrozenDictionary<string, Posting<T>> index, string key) =>
        key is not null && index.TryGetValue(key, out var posting) ? posting.Items : default;
}
