using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Utility;

namespace AseanUn.Queries;

/// <summary>
/// Every index of one dataset, built once (on its first query) and read-only afterwards. Look-ups by id, code or name
/// are dictionary reads; filters an index can answer return a precomputed <see cref="Posting{T}"/>.
/// </summary>
internal sealed class DatasetIndex
{
    public DatasetIndex(PartnershipDataset dataset)
    {
        Dataset = dataset;
        Records = [.. dataset.Records];
        var ordinals = new Dictionary<string, int>(Records.Length, StringComparer.Ordinal);
        for (var i = 0; i < Records.Length; i++)
        {
            ordinals.Add(Records[i].Id, i);
        }

        Ordinals = ordinals.ToFrozenDictionary(StringComparer.Ordinal);

        var pillarOfArea = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in dataset.Areas)
        {
            pillarOfArea.Add(area.Code, area.PillarCode);
        }

        var areaOfLine = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in dataset.ActionLines)
        {
            areaOfLine.Add(line.Code, line.AreaCode);
        }

        AreasOfPillar = Group(dataset.Areas, static area => area.PillarCode);
        ActionLinesOfArea = Group(dataset.ActionLines, static line => line.AreaCode);
        ActionLinesOfPillar = Group(dataset.ActionLines, line => pillarOfArea[line.AreaCode]);
        Codes = new CodeIndex<PartnershipRecord>(Records, RecordFacts.ActionLineCodes, areaOfLine, pillarOfArea);
        Mentions = BuildMentions(dataset);
        OrganisationNames = Names(dataset.Organisations, static o => [o.Id, o.Name, o.Acronym, .. o.Aliases]);
        MemberStateNames = Names(dataset.MemberStates, static m => [m.Id, m.Name, m.IsoAlpha2, m.IsoAlpha3]);
        PersonNames = Names(dataset.People, static p => [p.Id, p.Name]);
        EventsAtPlace = BuildEventsAtPlace(dataset);
        EventKinds = ByValue<Event, EventKind>(dataset.Events, static e => e.Kind);
        InstrumentKinds = ByValue<Instrument, InstrumentKind>(dataset.Instruments, static i => i.Kind);
        InstrumentStatuses = ByValue<Instrument, InstrumentStatus>(dataset.Instruments, static i => i.Status);
        OrganisationKinds = ByValue<Organisation, OrganisationKind>(dataset.Organisations, static o => o.Kind);
        Timeline = new TimelineIndex(Records);
        Dates = BuildDates(Records);
        Search = new SearchIndex(Records);
        Cooperation = new CooperationIndex(Records, id => Ordinals.TryGetValue(id, out var o) ? o : -1, areaOfLine, pillarOfArea);
        References = new ReferenceIndex(Records, Find);
    }

    public PartnershipDataset Dataset { get; }

    /// <summary>Gets the records in dataset order; a record's position is its ordinal.</summary>
    public PartnershipRecord[] Records { get; }

    /// <summary>Gets each record's ordinal by id.</summary>
    public FrozenDictionary<string, int> Ordinals { get; }

    public FrozenDictionary<string, EquatableArray<Area>> AreasOfPillar { get; }

    public FrozenDictionary<string, EquatableArray<ActionLine>> ActionLinesOfArea { get; }

    public FrozenDictionary<string, EquatableArray<ActionLine>> ActionLinesOfPillar { get; }

    /// <summary>Gets the records by the codes of their action lines, areas and pillars.</summary>
    public CodeIndex<PartnershipRecord> Codes { get; }

    /// <summary>Gets, by id, the records that refer to it; a member state is also referred to through its groupings.</summary>
    public FrozenDictionary<string, Posting<PartnershipRecord>> Mentions { get; }

    public FrozenDictionary<string, Organisation> OrganisationNames { get; }

    public FrozenDictionary<string, MemberState> MemberStateNames { get; }

    public FrozenDictionary<string, Person> PersonNames { get; }

    /// <summary>Gets the events by place id, name, city, country and country code (folded).</summary>
    public FrozenDictionary<string, Posting<Event>> EventsAtPlace { get; }

    public Posting<Event>[] EventKinds { get; }

    public Posting<Instrument>[] InstrumentKinds { get; }

    public Posting<Instrument>[] InstrumentStatuses { get; }

    public Posting<Organisation>[] OrganisationKinds { get; }

    public TimelineIndex Timeline { get; }

    /// <summary>Gets every date of every record (see <see cref="RecordFacts.Dates"/>) with the record's ordinal.</summary>
    public DateIndex Dates { get; }

    public SearchIndex Search { get; }

    public CooperationIndex Cooperation { get; }

    /// <summary>Gets every reference between records, both ways.</summary>
    public ReferenceIndex References { get; }

    /// <summary>Returns the record with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public PartnershipRecord? Find(string id) => Ordinals.TryGetValue(id, out var ordinal) ? Records[ordinal] : null;

    /// <summary>Returns the ordinals of the records of type <typeparamref name="T"/> (a contiguous range: records are grouped by type).</summary>
    public Range RangeOf<T>()
        where T : PartnershipRecord
    {
        var group = RecordTypes.IndexOf(typeof(T));
        return group >= 0 ? Dataset.GroupRange(group) : 0..0;
    }

    private static FrozenDictionary<string, EquatableArray<T>> Group<T>(EquatableArray<T> items, Func<T, string> keyOf)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = []);
            }

            list.Add(item);
        }

        var frozen = new Dictionary<string, EquatableArray<T>>(StringComparer.Ordinal);
        foreach (var (key, list) in groups)
        {
            frozen.Add(key, EquatableArray.TakeOwnership(list.ToArray()));
        }

        return frozen.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private FrozenDictionary<string, Posting<PartnershipRecord>> BuildMentions(PartnershipDataset dataset)
    {
        var mentions = new PostingBuilder();
        for (var ordinal = 0; ordinal < Records.Length; ordinal++)
        {
            foreach (var id in RecordTypes.TargetsOf(Records[ordinal]))
            {
                mentions.Add(id, ordinal);
            }
        }

        foreach (var grouping in dataset.Groupings)
        {
            foreach (var member in grouping.MemberIds)
            {
                mentions.AddAll(member, grouping.Id);
            }
        }

        return mentions.Freeze<PartnershipRecord, PartnershipRecord>(Records);
    }

    private static FrozenDictionary<string, T> Names<T>(EquatableArray<T> items, Func<T, string?[]> namesOf)
        where T : PartnershipRecord
    {
        // Validation guarantees organisation names are unambiguous; for other types the first record with a name wins.
        var names = new Dictionary<string, T>(FoldedStringComparer.Instance);
        foreach (var item in items)
        {
            foreach (var name in namesOf(item))
            {
                if (!string.IsNullOrEmpty(name))
                {
                    names.TryAdd(name, item);
                }
            }
        }

        return names.ToFrozenDictionary(FoldedStringComparer.Instance);
    }

    // An event is found by its place's id, name, city, country and country code; an event the report places only in a
    // country (HostStateId, no place) by that member state's id, name and ISO codes.
    private FrozenDictionary<string, Posting<Event>> BuildEventsAtPlace(PartnershipDataset dataset)
    {
        var events = new PostingBuilder(FoldedStringComparer.Instance);
        foreach (var item in dataset.Events)
        {
            string?[] keys = item switch
            {
                { PlaceId: { } placeId } when TryGet(placeId, out Place? place) => [place.Id, place.Name, place.City, place.Country, place.CountryCode],
                { HostStateId: { } stateId } when TryGet(stateId, out MemberState? state) => [state.Id, state.Name, state.IsoAlpha2, state.IsoAlpha3],
                _ => [],
            };
            foreach (var key in keys)
            {
                events.Add(key!, Ordinals[item.Id]);
            }
        }

        return events.Freeze<Event, PartnershipRecord>(Records);
    }

    private bool TryGet<T>(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? record)
        where T : PartnershipRecord
    {
        record = Ordinals.TryGetValue(id, out var ordinal) ? Records[ordinal] as T : null;
        return record is not null;
    }

    // Indexed by the enum's numeric value: the model's enums are numbered 0, 1, 2… in declaration order.
    private Posting<T>[] ByValue<T, TValue>(EquatableArray<T> items, Func<T, TValue> valueOf)
        where T : PartnershipRecord
        where TValue : struct, Enum
    {
        var ordinals = new List<int>[Enum.GetValues<TValue>().Length];
        for (var v = 0; v < ordinals.Length; v++)
        {
            ordinals[v] = [];
        }

        foreach (var item in items)
        {
            var value = Convert.ToInt32(valueOf(item), System.Globalization.CultureInfo.InvariantCulture);
            if (value >= 0 && value < ordinals.Length)
            {
                ordinals[value].Add(Ordinals[item.Id]);
            }
        }

        return Array.ConvertAll(ordinals, list => Posting<T>.Of(Records, list));
    }

    /// <summary>Returns the posting of <paramref name="value"/>, or an empty one for a value the enum does not define.</summary>
    public static Posting<T> At<T>(Posting<T>[] postings, int value) => value >= 0 && value < postings.Length ? postings[value] : Posting<T>.Empty;

    private static DateIndex BuildDates(PartnershipRecord[] records)
    {
        var spans = new List<(NodaTime.LocalDate Start, NodaTime.LocalDate End, int Ordinal)>();
        for (var ordinal = 0; ordinal < records.Length; ordinal++)
        {
            foreach (var date in RecordFacts.Dates(records[ordinal]))
            {
                spans.Add((date.Start, date.End, ordinal));
            }
        }

        return new DateIndex(spans);
    }
}
