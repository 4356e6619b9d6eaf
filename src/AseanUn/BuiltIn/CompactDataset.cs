using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// A whole dataset in the compact data form: edition, as-of date, base edition and manifest (the layers applied), then
/// the records in the order given, then the retractions; or a dataset
/// over a base one (the shipped layers over the built-in dataset), whose records the base already holds unchanged are
/// written as their index in the base, so the form holds only what the layers add or change.
/// </summary>
internal static class CompactDataset
{
    /// <summary>Writes the dataset's edition, date, records and retractions, without layers.</summary>
    public static byte[] Write(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records, EquatableArray<Retraction> retractions = default) =>
        WriteDataset(new CompactHead(edition, asOf, edition, default, retractions), records, CompactRecords.Write);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form.</exception>
    public static CompactContent Read(byte[] data) => ReadDataset(data, CompactRecords.Read);

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
        ReadOver(data, baseRecords, position => RecordTypes.IndexOf(baseRecords[position]));

    /// <summary>Reads what <see cref="WriteOver"/> wrote over <paramref name="baseDataset"/>'s records, taking each base record's group from the dataset.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form, or names a base record that is not there.</exception>
    public static CompactContent ReadOver(byte[] data, PartnershipDataset baseDataset) =>
        ReadOver(data, baseDataset.Records, baseDataset.GroupAt);

    // The group of a base record is the base's to say: a whole record's tag is its group, a base record carries none.
    private static CompactContent ReadOver(byte[] data, EquatableArray<PartnershipRecord> baseRecords, Func<int, int> groupOfBase) =>
        ReadDataset(data, r => r.Int() switch
        {
            0 => CompactRecords.Read(r),
            var position when position <= baseRecords.Count => (baseRecords[position - 1], groupOfBase(position - 1)),
            var position => throw new InvalidDataException($"The layered data refers to base record {position} of {baseRecords.Count}."),
        });

    private static byte[] WriteDataset(CompactHead head, IEnumerable<PartnershipRecord> records, Action<CompactWriter, PartnershipRecord> write)
    {
        var body = new List<PartnershipRecord>(records);
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
        // The number of record types, so that a reader groups the records by their tags without the registry.
        w.Int(RecordTypes.Count);
        w.Int(body.Count);
        foreach (var record in body)
        {
            write(w, record);
        }

        CompactStatements.WriteRetractions(w, head.Retractions);
        return w.ToArray();
    }

    private static CompactContent ReadDataset(byte[] data, Func<CompactReader, (PartnershipRecord Record, int Group)> read)
    {
        var r = new CompactReader(data);
        var edition = r.String();
        var asOf = r.Date();
        var baseEdition = r.String();
        var layers = r.Array(static r => new DatasetLayer
        {
            Name = r.String(), Edition = r.String(), AsOf = r.Date(), SourceDocumentIds = r.Strings(), Requires = r.Strings(),
        });
        var groupCount = r.Count();
        var records = new PartnershipRecord[r.Count()];
        var groups = new int[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            (records[i], groups[i]) = read(r);
            if ((uint)groups[i] >= (uint)groupCount)
            {
                throw new InvalidDataException($"The built-in data puts record '{records[i].Id}' in group {groups[i]} of {groupCount}.");
            }
        }

        var retractions = CompactStatements.ReadRetractions(r);
        return r.AtEnd
            ? new CompactContent(new CompactHead(edition, asOf, baseEdition, layers, retractions), records) { GroupCount = groupCount, Groups = groups }
            : throw new InvalidDataException("The built-in data has bytes after its last record.");
    }
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

/// <summary>A dataset read from the compact form: its head and its records.</summary>
/// <param name="Head">The edition, date, base edition and manifest.</param>
/// <param name="Records">The records, in the order written.</param>
internal sealed record CompactContent(CompactHead Head, PartnershipRecord[] Records)
{
    /// <summary>Gets the number of record types the writer knew (<see cref="RecordTypes.Count"/>).</summary>
    public required int GroupCount { get; init; }

    /// <summary>Gets each record's group (its type's position in dataset order), read from its tag or its base record.</summary>
    public required int[] Groups { get; init; }

    /// <summary>Gets the edition.</summary>
    public string Edition => Head.Edition;

    /// <summary>Gets the as-of date.</summary>
    public PartialDate AsOf => Head.AsOf;

    /// <summary>Splits the content into edition, date, records and retractions.</summary>
    public void Deconstruct(out string edition, out PartialDate asOf, out PartnershipRecord[] records, out EquatableArray<Retraction> retractions) =>
        (edition, asOf, records, retractions) = (Edition, AsOf, Records, Head.Retractions);

    /// <summary>Returns the dataset of the content, which the build validated.</summary>
    /// <remarks>
    /// Grouped by the tags read, not by <see cref="RecordTypes"/>: the registry (every type's fields and reference
    /// descriptors) is large, and a first look-up needs none of it.
    /// </remarks>
    public PartnershipDataset ToDataset()
    {
        var groups = new List<PartnershipRecord>[GroupCount];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        for (var i = 0; i < Records.Length; i++)
        {
            groups[Groups[i]].Add(Records[i]);
        }

        return PartnershipDataset.FromValidated(Head.Edition, Head.AsOf, groups, Head.BaseEdition, Head.Layers).WithRetractions(Head.Retractions);
    }
}
