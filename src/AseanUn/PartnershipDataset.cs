using System;
using System.Collections.Generic;
using System.Threading;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Stacking;
using AseanUn.Validation;

namespace AseanUn;

/// <summary>
/// An immutable, validated set of partnership records: the built-in dataset (<see cref="Partnership.Current"/>), one
/// built in code, one imported from JSON, or a merge of those.
/// </summary>
/// <remarks>
/// <para>
/// Records are grouped by type in a fixed order (source documents, pillars, areas, action lines, member states,
/// groupings, places, organisations, people, instruments, events, activities, figures), each group in the order its
/// records were given. This "dataset order" is the order of <see cref="Records"/>, of every query result that is not
/// explicitly ordered otherwise, and of the groups of the JSON export.
/// </para>
/// <para>
/// A dataset is always valid: every way of making one (the constructor, <see cref="TryCreate"/>,
/// <see cref="Merge"/>, the JSON import) checks every rule of the data format and creates nothing if any is broken.
/// Query indexes are built once, on the first query, and are safe to use from many threads.
/// </para>
/// </remarks>
public sealed partial class PartnershipDataset
{
    // Made on first use; fields rather than Lazy<T>, whose closures and types a first look-up would compile and load.
    private DatasetIndex? _index;
    private readonly object _indexBuilding = new();
    private IdTable? _ordinals;
    private readonly RecordGroups _records;
    // Each group as an EquatableArray of its type, boxed; made on the first RecordsOf<T> that asks for it.
    private readonly object?[] _typedGroups;

    /// <summary>Creates a dataset from <paramref name="records"/>, checking every rule of the data format.</summary>
    /// <param name="edition">A name for this edition of the data, e.g. <c>2017-03</c>.</param>
    /// <param name="asOf">The date up to which the data reports.</param>
    /// <param name="records">The records, of any record type, in any order of types.</param>
    /// <exception cref="ArgumentException"><paramref name="edition"/> is empty, or a record is of a type the dataset does not know.</exception>
    /// <exception cref="DatasetValidationException">The records break a rule; the exception lists every problem.</exception>
    public PartnershipDataset(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records)
        : this(edition, asOf, ValidGroups(records), edition, default)
    {
    }

    private PartnershipDataset(string edition, PartialDate asOf, List<PartnershipRecord>[] groups, string baseEdition, EquatableArray<DatasetLayer> layers)
        : this(edition, asOf, RecordGroups.Of(groups), baseEdition, layers)
    {
    }

    private PartnershipDataset(string edition, PartialDate asOf, RecordGroups records, string baseEdition, EquatableArray<DatasetLayer> layers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        Edition = edition;
        AsOf = asOf;
        BaseEdition = baseEdition;
        Layers = layers;

        // records.GroupCount, not RecordTypes.Count: the built-in data comes grouped, and a first look-up need not load the registry.
        _records = records;
        _typedGroups = new object?[records.GroupCount];
    }

    /// <summary>
    /// Gets the name of this edition of the data: with layers applied, the stack's name, the <see cref="BaseEdition"/>
    /// followed by each layer's edition in order, e.g. <c>2017-03 + 2017-11-9th-asean-un-summit</c>.
    /// </summary>
    public string Edition { get; }

    /// <summary>Gets the edition of the dataset the <see cref="Layers"/> were applied to (<see cref="Edition"/> when there are none).</summary>
    public string BaseEdition { get; }

    /// <summary>Gets the manifest: the layers applied over the <see cref="BaseEdition"/>, in the order they were applied; empty for a dataset without layers.</summary>
    public EquatableArray<DatasetLayer> Layers { get; }

    /// <summary>Gets the date up to which the data reports.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Gets every record, in dataset order (grouped by type; see the remarks on <see cref="PartnershipDataset"/>).</summary>
    public EquatableArray<PartnershipRecord> Records => EquatableArray.TakeOwnership(_records.All);

    /// <summary>Gets the source documents the records cite.</summary>
    public EquatableArray<SourceDocument> SourceDocuments => RecordsOf<SourceDocument>();

    /// <summary>Gets the cooperation pillars.</summary>
    public EquatableArray<Pillar> Pillars => RecordsOf<Pillar>();

    /// <summary>Gets the areas of cooperation.</summary>
    public EquatableArray<Area> Areas => RecordsOf<Area>();

    /// <summary>Gets the action lines.</summary>
    public EquatableArray<ActionLine> ActionLines => RecordsOf<ActionLine>();

    /// <summary>Gets the ASEAN Member States.</summary>
    public EquatableArray<MemberState> MemberStates => RecordsOf<MemberState>();

    /// <summary>Gets the groupings of member states.</summary>
    public EquatableArray<StateGrouping> Groupings => RecordsOf<StateGrouping>();

    /// <summary>Gets the places.</summary>
    public EquatableArray<Place> Places => RecordsOf<Place>();

    /// <summary>Gets the organisations of both sides and others.</summary>
    public EquatableArray<Organisation> Organisations => RecordsOf<Organisation>();

    /// <summary>Gets the people.</summary>
    public EquatableArray<Person> People => RecordsOf<Person>();

    /// <summary>Gets the instruments and documents.</summary>
    public EquatableArray<Instrument> Instruments => RecordsOf<Instrument>();

    /// <summary>Gets the meetings and other events.</summary>
    public EquatableArray<Event> Events => RecordsOf<Event>();

    /// <summary>Gets the cooperation activities.</summary>
    public EquatableArray<Activity> Activities => RecordsOf<Activity>();

    /// <summary>Gets the figures.</summary>
    public EquatableArray<Figure> Figures => RecordsOf<Figure>();

    /// <summary>
    /// Gets the classification the dataset's pillars, areas and action lines follow, with its version and what each level is
    /// based on: the pillars and areas are the report's, the action lines AseanUn's own.
    /// </summary>
    public Classification Classification => Classification.AseanUn;

    internal DatasetIndex Index => Volatile.Read(ref _index) ?? BuildIndex();

    /// <summary>Gets each record's ordinal by id: the one index a look-up by id needs, built without reading a record.</summary>
    internal IdTable Ordinals => Volatile.Read(ref _ordinals) ?? BuildOrdinals();

    /// <summary>Gets every record in dataset order, as the array <see cref="Records"/> wraps; never to be changed.</summary>
    internal PartnershipRecord[] RecordArray => _records.All;

    /// <summary>Gets the records by group, with their ids, as held or as read so far.</summary>
    internal RecordGroups Groups => _records;

    // The index is built once, by whichever thread asks first; the others wait for it, as they would for a Lazy<T>.
    private DatasetIndex BuildIndex()
    {
        lock (_indexBuilding)
        {
            if (_index is null)
            {
                Volatile.Write(ref _index, new DatasetIndex(this));
            }

            return _index;
        }
    }

    // Racing threads may each build the id table, which is small; one is kept.
    private IdTable BuildOrdinals()
    {
        var ordinals = new IdTable(_records.Ids);
        return Interlocked.CompareExchange(ref _ordinals, ordinals, null) ?? ordinals;
    }

    /// <summary>Gets the number of records, without reading them.</summary>
    internal int RecordCount => _records.Count;

    /// <summary>Returns the record at <paramref name="ordinal"/>, reading only its group if the records are read group by group.</summary>
    internal PartnershipRecord RecordAt(int ordinal) => _records.At(ordinal);

    /// <summary>Returns the records of type <typeparamref name="T"/>, in dataset order (for <see cref="PartnershipRecord"/> itself, every record).</summary>
    /// <typeparam name="T">A record type of the model, e.g. <see cref="Event"/>.</typeparam>
    public EquatableArray<T> RecordsOf<T>()
        where T : PartnershipRecord
    {
        var group = GroupOf<T>.Index;
        if (group < 0)
        {
            return typeof(T) == typeof(PartnershipRecord) ? (EquatableArray<T>)(object)Records : default;
        }

        // Racing threads may each build the array; one is kept, so every caller sees the same instance.
        var typed = Volatile.Read(ref _typedGroups[group]);
        if (typed is null)
        {
            var records = _records.Group(group);
            var items = new T[records.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = (T)records[i];
            }

            typed = Interlocked.CompareExchange(ref _typedGroups[group], EquatableArray.TakeOwnership(items), null) ?? _typedGroups[group]!;
        }

        return (EquatableArray<T>)typed;
    }

    /// <summary>Creates a dataset without throwing for invalid records: the result holds the dataset or every problem.</summary>
    /// <param name="edition">A name for this edition of the data.</param>
    /// <param name="asOf">The date up to which the data reports.</param>
    /// <param name="records">The records, of any record type.</param>
    /// <exception cref="ArgumentException"><paramref name="edition"/> is empty, or a record is of a type the dataset does not know.</exception>
    public static DatasetResult TryCreate(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        var groups = Group(records);
        var problems = Check(groups, null, null);
        return problems.IsEmpty ? DatasetResult.Success(new PartnershipDataset(edition, asOf, groups, edition, default)) : DatasetResult.Failure(problems);
    }

    /// <summary>
    /// Returns a new dataset holding this dataset's records and <paramref name="additions"/>, validated as a whole: ids
    /// must be unique across both, and references may point into either.
    /// </summary>
    /// <param name="edition">The edition of the merged dataset, e.g. that of the later report.</param>
    /// <param name="asOf">The date up to which the merged dataset reports.</param>
    /// <param name="additions">The records to add; a record may not replace one of this dataset (same id).</param>
    /// <exception cref="ArgumentException"><paramref name="edition"/> is empty, or a record is of a type the dataset does not know.</exception>
    /// <exception cref="DatasetValidationException">The additions break a rule; nothing was merged.</exception>
    public PartnershipDataset Merge(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> additions) =>
        TryMerge(edition, asOf, additions).GetDatasetOrThrow();

    /// <summary>Merges like <see cref="Merge"/>, returning the problems instead of throwing them.</summary>
    /// <param name="edition">The edition of the merged dataset.</param>
    /// <param name="asOf">The date up to which the merged dataset reports.</param>
    /// <param name="additions">The records to add.</param>
    /// <exception cref="ArgumentException"><paramref name="edition"/> is empty, or a record is of a type the dataset does not know.</exception>
    public DatasetResult TryMerge(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> additions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        var added = Group(additions);
        var problems = Check(added, this, asOf);
        if (!problems.IsEmpty)
        {
            return DatasetResult.Failure(problems);
        }

        var layer = new DatasetLayer { Name = edition, Edition = edition, AsOf = asOf, SourceDocumentIds = LayerSources.Of(Flatten(added), []) };
        return DatasetResult.Success(MergedWith(layer, asOf, added));
    }

    /// <summary>Creates a dataset from records already validated: the JSON layer's, or the built-in data's.</summary>
    /// <param name="edition">The edition (the stack's name when there are layers).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="groups">The records by group.</param>
    /// <param name="baseEdition">The base edition; <paramref name="edition"/> when left out.</param>
    /// <param name="layers">The manifest, when the records are those of a stack.</param>
    internal static PartnershipDataset FromValidated(
        string edition, PartialDate asOf, List<PartnershipRecord>[] groups, string? baseEdition = null, EquatableArray<DatasetLayer> layers = default) =>
        new(edition, asOf, groups, baseEdition ?? edition, layers);

    /// <summary>Creates a dataset from validated records that are read group by group when first asked for: the built-in data's.</summary>
    /// <param name="edition">The edition (the stack's name when there are layers).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="records">The records by group, with their ids.</param>
    /// <param name="baseEdition">The base edition.</param>
    /// <param name="layers">The manifest.</param>
    internal static PartnershipDataset FromValidated(string edition, PartialDate asOf, RecordGroups records, string baseEdition, EquatableArray<DatasetLayer> layers) =>
        new(edition, asOf, records, baseEdition, layers);

    /// <summary>Returns this dataset plus already validated <paramref name="groups"/>, as one more <paramref name="layer"/> of the stack.</summary>
    /// <remarks>Records of this dataset whose id is in <paramref name="replacements"/> are replaced by the updated ones, in place.</remarks>
    internal PartnershipDataset MergedWith(DatasetLayer layer, PartialDate asOf, List<PartnershipRecord>[] groups, IReadOnlyDictionary<string, PartnershipRecord>? replacements = null)
    {
        var merged = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < RecordTypes.Count; g++)
        {
            merged[g] = [.. _records.Group(g), .. groups[g]];
            if (replacements is { Count: > 0 })
            {
                merged[g] = merged[g].ConvertAll(r => replacements.TryGetValue(r.Id, out var updated) ? updated : r);
            }
        }

        EquatableArray<DatasetLayer> layers = [.. Layers, layer];
        return new PartnershipDataset(StackEdition.Of(BaseEdition, layers), asOf, merged, BaseEdition, layers) { Retractions = Retractions };
    }

    /// <summary>Returns the records of <paramref name="groups"/>, group by group.</summary>
    internal static IEnumerable<PartnershipRecord> Flatten(List<PartnershipRecord>[] groups)
    {
        foreach (var group in groups)
        {
            foreach (var record in group)
            {
                yield return record;
            }
        }
    }

    /// <summary>Gets the range of <see cref="Records"/> that holds the records of group <paramref name="group"/>.</summary>
    internal Range GroupRange(int group) => _records.RangeOf(group);

    /// <summary>Returns the group of the record at <paramref name="ordinal"/> in <see cref="Records"/>.</summary>
    internal int GroupAt(int ordinal) => _records.GroupAt(ordinal);

    /// <summary>Sorts records into their groups, in the order given within each group.</summary>
    internal static List<PartnershipRecord>[] Group(IEnumerable<PartnershipRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var groups = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var group = RecordTypes.IndexOf(record);
            if (group < 0)
            {
                throw new ArgumentException($"Unknown record type {record.GetType().Name} (id '{record.Id}').", nameof(records));
            }

            groups[group].Add(record);
        }

        return groups;
    }

    private static List<PartnershipRecord>[] ValidGroups(IEnumerable<PartnershipRecord> records)
    {
        var groups = Group(records);
        var problems = Check(groups, null, null);
        return problems.IsEmpty ? groups : throw new DatasetValidationException(problems);
    }

    // Nothing the records of a layer state may follow `asOf`, the layer's date (null: not a layer, nothing to compare).
    private static EquatableArray<DatasetProblem> Check(List<PartnershipRecord>[] groups, PartnershipDataset? baseDataset, PartialDate? asOf)
    {
        var entries = new List<RecordEntry>();
        for (var g = 0; g < groups.Length; g++)
        {
            for (var i = 0; i < groups[g].Count; i++)
            {
                var record = groups[g][i];
                entries.Add(RecordEntry.Of(record, g, i));
            }
        }

        var problems = new ProblemList(int.MaxValue);
        DatasetValidator.Validate(entries, baseDataset, Json.StatementValues.Instance, DatasetValidator.AtPath, problems, asOf);
        return DatasetProblem.InDocumentOrder(problems.Listed);
    }

    // The group of a record type, looked up once per type.
    private static class GroupOf<T>
        where T : PartnershipRecord
    {
        public static readonly int Index = RecordTypes.IndexOf(typeof(T));
    }
}
