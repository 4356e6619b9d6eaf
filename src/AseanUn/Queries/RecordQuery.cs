using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using NodaTime;

namespace AseanUn.Queries;

/// <summary>
/// An immutable combination of filters over a dataset: every filter must hold (logical AND). Each method returns a new
/// query; nothing runs until <see cref="ToRecords()"/>, <see cref="ToTimeline"/> or <see cref="Count"/>.
/// </summary>
/// <example>
/// <code>
/// var socioCultural2015 = Partnership.Current.Query()
///     .UnderPillar(PillarCodes.SocioCultural)
///     .During(PartialDate.Year(2015))
///     .ToRecords();
/// </code>
/// </example>
/// <remarks>
/// <para>
/// Every filter is answered from an index as a sorted list of record positions; the lists are intersected, smallest
/// first, so no filter visits records it cannot match. Filters mean what the dataset's single-filter methods of the
/// same name mean (e.g. <see cref="PartnershipDataset.RecordsUnderPillar"/>,
/// <see cref="PartnershipDataset.RecordsDuring"/>); a name or code the dataset does not know matches nothing.
/// </para>
/// <para>Results come in dataset order; <see cref="ToTimeline"/> gives the dated ones in timeline order.</para>
/// </remarks>
public sealed class RecordQuery
{
    private readonly PartnershipDataset _dataset;
    private readonly Filter? _filters;

    internal RecordQuery(PartnershipDataset dataset, Filter? filters)
    {
        _dataset = dataset;
        _filters = filters;
    }

    /// <summary>Keeps records tagged with an action line under the pillar <paramref name="pillarCode"/>.</summary>
    /// <param name="pillarCode">The pillar code.</param>
    public RecordQuery UnderPillar([PillarCode] string pillarCode) => With(index => Ordinals(index.Codes.Pillars, pillarCode));

    /// <summary>Keeps records tagged with an action line under the area <paramref name="areaCode"/>.</summary>
    /// <param name="areaCode">The area code.</param>
    public RecordQuery UnderArea([AreaCode] string areaCode) => With(index => Ordinals(index.Codes.Areas, areaCode));

    /// <summary>Keeps records tagged with the action line <paramref name="actionLineCode"/>.</summary>
    /// <param name="actionLineCode">The action-line code.</param>
    public RecordQuery UnderActionLine([ActionLineCode] string actionLineCode) => With(index => Ordinals(index.Codes.ActionLines, actionLineCode));

    /// <summary>Keeps records that refer to an organisation of either side (by id, name, acronym or alias).</summary>
    /// <param name="organisation">The organisation.</param>
    public RecordQuery InvolvingOrganisation(string organisation) =>
        With(index => index.Dataset.TryFindOrganisation(organisation, out var found) ? Ordinals(index.Mentions, found.Id) : []);

    /// <summary>Keeps records that refer to a member state, directly or through a grouping.</summary>
    /// <param name="memberState">The member state's id, name or ISO code.</param>
    public RecordQuery InvolvingMemberState(string memberState) =>
        With(index => index.Dataset.TryFindMemberState(memberState, out var found) ? Ordinals(index.Mentions, found.Id) : []);

    /// <summary>Keeps records that refer to a person.</summary>
    /// <param name="person">The person's id or name.</param>
    public RecordQuery InvolvingPerson(string person) =>
        With(index => index.Dataset.TryFindPerson(person, out var found) ? Ordinals(index.Mentions, found.Id) : []);

    /// <summary>Keeps events held at a place (by place id, name, city, country or country code).</summary>
    /// <param name="place">The place.</param>
    public RecordQuery HeldAt(string place) => With(index => Ordinals(index.EventsAtPlace, place));

    /// <summary>Keeps events of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The event kind.</param>
    public RecordQuery OfKind(EventKind kind) => With(index => DatasetIndex.At(index.EventKinds, (int)kind).Ordinals);

    /// <summary>Keeps instruments of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The instrument kind.</param>
    public RecordQuery OfKind(InstrumentKind kind) => With(index => DatasetIndex.At(index.InstrumentKinds, (int)kind).Ordinals);

    /// <summary>Keeps organisations of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The organisation kind.</param>
    public RecordQuery OfKind(OrganisationKind kind) => With(index => DatasetIndex.At(index.OrganisationKinds, (int)kind).Ordinals);

    /// <summary>Keeps instruments with status <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    public RecordQuery WithStatus(InstrumentStatus status) => With(index => DatasetIndex.At(index.InstrumentStatuses, (int)status).Ordinals);

    /// <summary>Keeps records of type <typeparamref name="TRecord"/>.</summary>
    /// <typeparam name="TRecord">The record type, e.g. <see cref="Event"/>.</typeparam>
    public RecordQuery OfType<TRecord>()
        where TRecord : PartnershipRecord =>
        With(static index =>
        {
            var (start, length) = index.RangeOf<TRecord>().GetOffsetAndLength(index.Records.Length);
            return OrdinalSets.Range(start, length);
        });

    /// <summary>Keeps records any of whose dates overlaps <paramref name="interval"/> (see <see cref="PartnershipDataset.RecordsDuring"/>).</summary>
    /// <param name="interval">The interval.</param>
    public RecordQuery During(PartialDate interval) => With(index => index.Dates.OverlappingOrdinals(interval.Start, interval.End));

    /// <summary>Keeps records any of whose dates overlaps the NodaTime <paramref name="interval"/> (see <see cref="PartnershipDataset.RecordsDuring"/>).</summary>
    /// <param name="interval">The interval.</param>
    public RecordQuery During(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return During(PartialDate.Between(PartialDate.FromDate(interval.Start), PartialDate.FromDate(interval.End)));
    }

    /// <summary>Keeps records whose texts contain every word of <paramref name="text"/> (see <see cref="PartnershipDataset.Search"/>).</summary>
    /// <remarks>Unlike <see cref="PartnershipDataset.Search"/>, the query keeps dataset order rather than ranking matches.</remarks>
    /// <param name="text">The words to find.</param>
    public RecordQuery Matching(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return With(index =>
        {
            var ordinals = new List<int>();
            foreach (var record in index.Search.Search(text))
            {
                ordinals.Add(index.Ordinals[record.Id]);
            }

            return OrdinalSets.SortedUnique(ordinals);
        });
    }

    /// <summary>Runs the query: the matching records in dataset order.</summary>
    public EquatableArray<PartnershipRecord> ToRecords() => ToRecords<PartnershipRecord>();

    /// <summary>Runs the query, keeping the matching records of type <typeparamref name="TRecord"/>, in dataset order.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    public EquatableArray<TRecord> ToRecords<TRecord>()
        where TRecord : PartnershipRecord
    {
        var index = _dataset.Index;
        var result = new List<TRecord>();
        foreach (var ordinal in Run(index))
        {
            if (index.Records[ordinal] is TRecord record)
            {
                result.Add(record);
            }
        }

        return EquatableArray.TakeOwnership(result.ToArray());
    }

    /// <summary>Runs the query: the matching records that have a timeline date, in timeline order.</summary>
    public EquatableArray<TimelineEntry> ToTimeline()
    {
        var index = _dataset.Index;
        var matches = new bool[index.Records.Length];
        foreach (var ordinal in Run(index))
        {
            matches[ordinal] = true;
        }

        var result = new List<TimelineEntry>();
        foreach (var entry in index.Timeline.Entries)
        {
            if (matches[index.Ordinals[entry.Record.Id]])
            {
                result.Add(entry);
            }
        }

        return EquatableArray.TakeOwnership(result.ToArray());
    }

    /// <summary>Runs the query and counts the matching records.</summary>
    public int Count() => Run(_dataset.Index).Length;

    private RecordQuery With(Func<DatasetIndex, int[]> answer) => new(_dataset, new Filter(answer, _filters));

    private int[] Run(DatasetIndex index)
    {
        var answers = new List<int[]>();
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            answers.Add(filter.Answer(index));
        }

        if (answers.Count == 0)
        {
            return OrdinalSets.Range(0, index.Records.Length);
        }

        answers.Sort(static (a, b) => a.Length.CompareTo(b.Length));
        var result = answers[0];
        for (var i = 1; i < answers.Count && result.Length > 0; i++)
        {
            result = OrdinalSets.Intersect(result, answers[i]);
        }

        return result;
    }

    private static int[] Ordinals<T>(FrozenDictionary<string, Posting<T>> index, string key) =>
        key is not null && index.TryGetValue(key, out var posting) ? posting.Ordinals : [];

    /// <summary>One filter: how to answer it from the index, and the filters before it.</summary>
    internal sealed record Filter(Func<DatasetIndex, int[]> Answer, Filter? Previous);
}
