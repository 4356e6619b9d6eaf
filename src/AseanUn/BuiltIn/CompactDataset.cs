using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.BuiltIn;

/// <summary>
/// A whole dataset in the compact data form: edition, as-of date, base edition and manifest (the layers applied), the
/// group count, the retractions, every record's id in dataset order, each group's record count and byte length, then
/// the groups' records; or a dataset over a base one (the shipped layers over the built-in dataset), whose records the
/// base already holds unchanged are written as their position in the base, so the form holds only what the layers add
/// or change.
/// </summary>
/// <remarks>
/// The head and the ids are read at once; a group's records only when first asked for (<see cref="RecordGroups"/>), so
/// that a first look-up by id reads one group and compiles one type's reader.
/// </remarks>
internal static class CompactDataset
{
    /// <summary>Writes the dataset's edition, date, records and retractions, without layers.</summary>
    /// <remarks>Records are written by group (record type, in dataset order), each group in the order given.</remarks>
    public static byte[] Write(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records, EquatableArray<Retraction> retractions = default) =>
        WriteDataset(new CompactHead(edition, asOf, edition, default, retractions), records, CompactRecords.Write);

    /// <summary>Reads what <see cref="Write"/> wrote; the records of each group are read when first asked for.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form.</exception>
    public static CompactContent Read(byte[] data) => CompactContent.Of(ReadDataset(data));

    /// <summary>Reads the dataset <see cref="Write"/> wrote, without the content around it: a first access makes no more than it needs.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form.</exception>
    public static PartnershipDataset ReadDataset(byte[] data) => ReadWith(data, CompactRecords.Read);

    /// <summary>
    /// Writes a dataset over <paramref name="baseRecords"/>: each record equal to the base record of its id is written
    /// as that record's position, each other record whole.
    /// </summary>
    public static byte[] WriteOver(EquatableArray<PartnershipRecord> baseRecords, CompactHead head, IEnumerable<PartnershipRecord> records)
    {
        var positions = new Dictionary<string, int>(baseRecords.Count, StringComparer.Ordinal);
        for (var i = 0; i < baseRecords.Count; i++)
        {
            positions.Add(baseRecords[i].Id, i);
        }

        return WriteDataset(head, records, (w, record) =>
        {
            // 0 announces a whole record; n > 0 is the base record at position n - 1.
            if (positions.TryGetValue(record.Id, out var position) && baseRecords[position].Equals(record))
            {
                w.Int(position + 1);
                return;
            }

            w.Int(0);
            CompactRecords.Write(w, record);
        });
    }

    /// <summary>Reads what <see cref="WriteOver"/> wrote over the same <paramref name="baseRecords"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form, or names a base record that is not there.</exception>
    public static CompactContent ReadOver(byte[] data, EquatableArray<PartnershipRecord> baseRecords) =>
        CompactContent.Of(ReadOver(data, baseRecords.Count, position => baseRecords[position], position => RecordTypes.IndexOf(baseRecords[position])));

    /// <summary>
    /// Reads what <see cref="WriteOver"/> wrote over <paramref name="baseDataset"/>'s records, taking each base record
    /// and its group from the dataset, which reads only the base groups the layered groups read need.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form, or names a base record that is not there.</exception>
    public static PartnershipDataset ReadOver(byte[] data, PartnershipDataset baseDataset) =>
        ReadOver(data, baseDataset.RecordCount, baseDataset.RecordAt, baseDataset.GroupAt);

    // The group of a base record is the base's to say, and must be the group it is read into.
    private static PartnershipDataset ReadOver(byte[] data, int baseCount, Func<int, PartnershipRecord> baseRecord, Func<int, int> groupOfBase) =>
        ReadWith(data, (r, group) => r.Int() switch
        {
            0 => CompactRecords.Read(r, group),
            var position when position < 0 || position > baseCount =>
                throw new InvalidDataException($"The layered data refers to base record {position} of {baseCount}."),
            var position when groupOfBase(position - 1) != group =>
                throw new InvalidDataException($"The layered data puts base record {position} in group {group}, not its own group {groupOfBase(position - 1)}."),
            var position => baseRecord(position - 1),
        });

    private static byte[] WriteDataset(CompactHead head, IEnumerable<PartnershipRecord> records, Action<CompactWriter, PartnershipRecord> write)
    {
        var groups = PartnershipDataset.Group(records);
        var w = new CompactWriter();
        w.String(head.Edition);
        w.Date(head.AsOf);
        w.String(head.BaseEdition);
        w.Array(head.Layers, static (w, layer) =>
        {
            w.String(layer.Name);
            w.String(layer.Edition);
            w.Date(layer.AsOf);
            w.Strings(layer.SourceDocumentIds);
            w.Strings(layer.Requires);
        });
        // The number of record types, so that a reader groups the records without the registry.
        w.Int(groups.Length);
        CompactStatements.WriteRetractions(w, head.Retractions);
        w.Int(groups.Sum(g => g.Count));
        foreach (var record in groups.SelectMany(g => g))
        {
            w.String(record.Id);
        }

        var sections = new CompactWriter[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            sections[g] = w.Section();
            foreach (var record in groups[g])
            {
                write(sections[g], record);
            }

            w.Int(groups[g].Count);
            w.Int(sections[g].Length);
        }

        foreach (var section in sections)
        {
            w.Append(section);
        }

        return w.ToArray();
    }

    private static PartnershipDataset ReadWith(byte[] data, Func<CompactReader, int, PartnershipRecord> read)
    {
        var r = new CompactReader(data);
        var edition = r.String();
        var asOf = r.Date();
        var baseEdition = r.String();
        var layers = r.Array(ReadLayer);
        var groupCount = r.Count();
        var retractions = CompactStatements.ReadRetractions(r);
        var ids = new string[r.Count()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = r.String();
        }

        var counts = new int[groupCount];
        var lengths = new int[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            counts[g] = r.Count();
            lengths[g] = r.Count();
        }

        // Every section is there, and nothing after the last: a truncated or padded document fails here, not on a later query.
        var starts = new int[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            starts[g] = r.Skip(lengths[g]);
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("The built-in data has bytes after its last record.");
        }

        var records = RecordGroups.Deferred(counts, ids, group =>
        {
            var section = r.Section(starts[group], lengths[group]);
            var items = new PartnershipRecord[counts[group]];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read(section, group);
            }

            return section.AtEnd ? items : throw BytesAfterGroup(group);
        });
        var dataset = PartnershipDataset.FromValidated(edition, asOf, records, baseEdition, layers);
        return retractions.IsEmpty ? dataset : dataset.WithRetractions(retractions);
    }

    // Made apart from the reading closure, which a first look-up compiles: formatting it there would make that larger.
    private static InvalidDataException BytesAfterGroup(int group) => new($"The built-in data has bytes after the last record of group {group}.");

    // A method group, not a lambda: its cached delegate needs no static constructor, which every first access would compile.
    private static DatasetLayer ReadLayer(CompactReader r) => new()
    {
        Name = r.String(), Edition = r.String(), AsOf = r.Date(), SourceDocumentIds = r.Strings(), Requires = r.Strings(),
    };
}

/// <summary>What the compact form holds of a dataset besides its records: edition, date, base edition, manifest and retractions.</summary>
/// <param name="Edition">The edition (the stack's name when there are layers).</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="BaseEdition">The edition the layers were applied to.</param>
/// <param name="Layers">The layers applied, in order.</param>
/// <param name="Retractions">The records the layers retracted, with their reasons.</param>
internal sealed record CompactHead(string Edition, PartialDate AsOf, string BaseEdition, EquatableArray<DatasetLayer> Layers, EquatableArray<Retraction> Retractions)
{
    /// <summary>Returns the head of <paramref name="dataset"/>.</summary>
    public static CompactHead Of(PartnershipDataset dataset) => new(dataset.Edition, dataset.AsOf, dataset.BaseEdition, dataset.Layers, dataset.Retractions);
}

/// <summary>A dataset read from the compact form: its head and its records, each group read when first asked for.</summary>
/// <param name="Head">The edition, date, base edition and manifest.</param>
/// <param name="Groups">The records by group (their type's position in dataset order), with their ids.</param>
/// <param name="Dataset">The dataset of the content, which the build validated; it reads its groups from <paramref name="Groups"/>.</param>
/// <remarks>
/// Grouped by the form, not by <see cref="RecordTypes"/>: the registry (every type's fields and reference descriptors)
/// is large, and a first look-up needs none of it.
/// </remarks>
internal sealed record CompactContent(CompactHead Head, RecordGroups Groups, PartnershipDataset Dataset)
{
    /// <summary>Returns the content of <paramref name="dataset"/>, read from the compact form.</summary>
    public static CompactContent Of(PartnershipDataset dataset) => new(CompactHead.Of(dataset), dataset.Groups, dataset);

    /// <summary>Gets every record, in dataset order, reading every group.</summary>
    /// <exception cref="InvalidDataException">A group's data does not hold the records announced.</exception>
    public PartnershipRecord[] Records => Groups.All;

    /// <summary>Gets the edition.</summary>
    public string Edition => Head.Edition;

    /// <summary>Gets the as-of date.</summary>
    public PartialDate AsOf => Head.AsOf;

    /// <summary>Splits the content into edition, date, records and retractions.</summary>
    public void Deconstruct(out string edition, out PartialDate asOf, out PartnershipRecord[] records, out EquatableArray<Retraction> retractions) =>
        (edition, asOf, records, retractions) = (Edition, AsOf, Records, Head.Retractions);
}
