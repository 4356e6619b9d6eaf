using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Utility;

namespace AseanUn.Queries;

/// <summary>
/// Every index of one dataset, each family built once (on the first query that needs it) and read-only afterwards. Look-ups by id, code or name
/// are dictionary reads; filters an index can answer return a precomputed <see cref="Posting{T}"/>.
/// </summary>
internal sealed class DatasetIndex
{
    // Each family of indexes is built on the first query that needs it: a look-up by id builds no text index, and a
    // process that asks one question pays for one family, not twenty. Lazy<T> built from a factory is thread-safe
    // (ExecutionAndPublication): the first thread builds, every other waits for that one answer.
    private readonly Lazy<Dictionary<string, string>> _pillarOfArea;
    private readonly Lazy<Dictionary<string, string>> _areaOfLine;
    private readonly Lazy<FrozenDictionary<string, EquatableArray<Area>>> _areasOfPillar;
    private readonly Lazy<FrozenDictionary<string, EquatableArray<ActionLine>>> _actionLinesOfArea;
    private readonly Lazy<FrozenDictionary<string, EquatableArray<ActionLine>>> _actionLinesOfPillar;
    private readonly Lazy<CodeIndex<PartnershipRecord>> _codes;
    private readonly Lazy<FrozenDictionary<string, Posting<PartnershipRecord>>> _mentions;
    private readonly Lazy<FrozenDictionary<string, Organisation>> _organisationNames;
    private readonly Lazy<FrozenDictionary<string, MemberState>> _memberStateNames;
    private readonly Lazy<FrozenDictionary<string, Person>> _personNames;
    private readonly Lazy<FrozenDictionary<string, Posting<Event>>> _eventsAtPlace;
    private readonly Lazy<Posting<Event>[]> _eventKinds;
    private readonly Lazy<Posting<Instrument>[]> _instrumentKinds;
    private readonly Lazy<Posting<Instrument>[]> _instrumentStatuses;
    private readonly Lazy<Posting<Organisation>[]> _organisationKinds;
    private readonly Lazy<TimelineIndex> _timeline;
    private readonly Lazy<DateIndex> _dates;
    private readonly Lazy<SearchIndex> _search;
    private readonly Lazy<CooperationIndex> _cooperation;
    private readonly Lazy<ReferenceIndex> _references;
    private readonly Lazy<StatusSteps[]> _statusSteps;
    private readonly Lazy<int> _instrumentStart;

    public DatasetIndex(PartnershipDataset dataset)
    {
        Dataset = dataset;

        _pillarOfArea = new(() =>
        {
            var pillarOfArea = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var area in dataset.Areas)
            {
                pillarOfArea.Add(area.Code, area.PillarCode);
            }

            return pillarOfArea;
        });
        _areaOfLine = new(() =>
        {
            var areaOfLine = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in dataset.ActionLines)
            {
                areaOfLine.Add(line.Code, line.AreaCode);
            }

            return areaOfLine;
        });
        _areasOfPillar = new(() => Group(dataset.Areas, static area => area.PillarCode));
        _actionLinesOfArea = new(() => Group(dataset.ActionLines, static line => line.AreaCode));
        _actionLinesOfPillar = new(() => Group(dataset.ActionLines, line => _pillarOfArea.Value[line.AreaCode]));
        _codes = new(() => new CodeIndex<PartnershipRecord>(Records, static r => r.ActionLineTags, _areaOfLine.Value, _pillarOfArea.Value));
        _mentions = new(() => BuildMentions(dataset));
        _organisationNames = new(() => Names(dataset.Organisations, static o => [o.Id, o.Name, o.Acronym, .. o.Aliases]));
        _memberStateNames = new(() => Names(dataset.MemberStates, static m => [m.Id, m.Name, m.IsoAlpha2, m.IsoAlpha3]));
        _personNames = new(() => Names(dataset.People, static p => [p.Id, p.Name]));
        _eventsAtPlace = new(() => BuildEventsAtPlace(dataset));
        _eventKinds = new(() => ByValue<Event, EventKind>(dataset.Events, static e => e.Kind));
        _instrumentKinds = new(() => ByValue<Instrument, InstrumentKind>(dataset.Instruments, static i => i.Kind));
        _instrumentStatuses = new(() => ByValue<Instrument, InstrumentStatus>(dataset.Instruments, static i => i.Status));
        _organisationKinds = new(() => ByValue<Organisation, OrganisationKind>(dataset.Organisations, static o => o.Kind));
        _timeline = new(() => new TimelineIndex(Records));
        _dates = new(() => BuildDates(Records));
        _search = new(() => new SearchIndex(Records));
        _cooperation = new(() => new CooperationIndex(Records, id => Ordinals.TryGetValue(id, out var o) ? o : -1, _areaOfLine.Value, _pillarOfArea.Value));
        _references = new(() => new ReferenceIndex(Records, Find));
        _statusSteps = new(() => StatusDating.StepsOf(dataset.Instruments, Find));
        _instrumentStart = new(() => RangeOf<Instrument>().Start.Value);
    }

    public PartnershipDataset Dataset { get; }

    /// <summary>Gets the records in dataset order; a record's position is its ordinal. Every record is read on first use.</summary>
    public PartnershipRecord[] Records => Dataset.RecordArray;

    /// <summary>Gets each record's ordinal by id.</summary>
    public IdTable Ordinals => Dataset.Ordinals;

    public FrozenDictionary<string, EquatableArray<Area>> AreasOfPillar => _areasOfPillar.Value;

    public FrozenDictionary<string, EquatableArray<ActionLine>> ActionLinesOfArea => _actionLinesOfArea.Value;

    public FrozenDictionary<string, EquatableArray<ActionLine>> ActionLinesOfPillar => _actionLinesOfPillar.Value;

    /// <summary>Gets the records by the codes of their action lines, areas and pillars.</summary>
    public CodeIndex<PartnershipRecord> Codes => _codes.Value;

    /// <summary>Gets, by id, the records that refer to it; a member state is also referred to through its groupings.</summary>
    public FrozenDictionary<string, Posting<PartnershipRecord>> Mentions => _mentions.Value;

    public FrozenDictionary<string, Organisation> OrganisationNames => _organisationNames.Value;

    public FrozenDictionary<string, MemberState> MemberStateNames => _memberStateNames.Value;

    public FrozenDictionary<string, Person> PersonNames => _personNames.Value;

    /// <summary>Gets the events by place id, name, city, country and country code (folded).</summary>
    public FrozenDictionary<string, Posting<Event>> EventsAtPlace => _eventsAtPlace.Value;

    public Posting<Event>[] EventKinds => _eventKinds.Value;

    public Posting<Instrument>[] InstrumentKinds => _instrumentKinds.Value;

    public Posting<Instrument>[] InstrumentStatuses => _instrumentStatuses.Value;

    public Posting<Organisation>[] OrganisationKinds => _organisationKinds.Value;

    public TimelineIndex Timeline => _timeline.Value;

    /// <summary>Gets every date of every record (see <see cref="PartnershipRecord.Dates"/>) with the record's ordinal.</summary>
    public DateIndex Dates => _dates.Value;

    public SearchIndex Search => _search.Value;

    public CooperationIndex Cooperation => _cooperation.Value;

    /// <summary>Gets every reference between records, both ways.</summary>
    public ReferenceIndex References => _references.Value;

    /// <summary>
    /// Gets each instrument's status steps, its undated status dated by the documents citing it, in the order of
    /// <see cref="PartnershipDataset.Instruments"/>.
    /// </summary>
    public StatusSteps[] StatusSteps => _statusSteps.Value;

    /// <summary>
    /// Finds the status steps of the instrument <paramref name="id"/> through the id table: instruments are one
    /// contiguous run of ordinals, in the order of <see cref="StatusSteps"/>.
    /// </summary>
    public bool TryGetStatusSteps(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StatusSteps? steps)
    {
        var inOrder = StatusSteps;
        if (Ordinals.TryGetValue(id, out var ordinal) && (uint)(ordinal - _instrumentStart.Value) < (uint)inOrder.Length)
        {
            steps = inOrder[ordinal - _instrumentStart.Value];
            return true;
        }

        steps = null;
        return false;
    }

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

        // A place's country code links it to the member state of that ISO code: what is held in Vientiane involves Lao PDR.
        var stateOfCountry = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var state in dataset.MemberStates)
        {
            stateOfCountry.TryAdd(state.IsoAlpha2, state.Id);
        }

        foreach (var item in dataset.Events)
        {
            if (item.PlaceId is { } placeId && TryGet(placeId, out Place? place) && stateOfCountry.TryGetValue(place.CountryCode, out var stateId))
            {
                mentions.Add(stateId, Ordinals[item.Id]);
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
            foreach (var date in records[ordinal].Dates)
            {
                spans.Add((date.Start, date.End, ordinal));
            }
        }

        return new DateIndex(spans);
    }
}
