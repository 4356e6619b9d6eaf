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
        ReadDataset(data, r => r.Int() switch
        {
            0 => CompactRecords.Read(r),
            var position when position <= baseRecords.Count => baseRecords[position - 1],
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
        w.Int(body.Count);
        foreach (var record in body)
        {
            write(w, record);
        }

        CompactStatements.WriteRetractions(w, head.Retractions);
        return w.ToArray();
    }

    private static CompactContent ReadDataset(byte[] data, Func<CompactReader, PartnershipRecord> read)
    {
        var r = new CompactReader(data);
        var edition = r.String();
        var asOf = r.Date();
        var baseEdition = r.String();
        var layers = r.Array(static r => new DatasetLayer
        {
            Name = r.String(), Edition = r.String(), AsOf = r.Date(), SourceDocumentIds = r.Strings(), Requires = r.Strings(),
        });
        var records = new PartnershipRecord[r.Count()];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = read(r);
        }

        var retractions = CompactStatements.ReadRetractions(r);
        return r.AtEnd ? new CompactContent(new CompactHead(edition, asOf, baseEdition, layers, retractions), records) : throw new InvalidDataException("The built-in data has bytes after its last record.");
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
    /// <summary>Gets the edition.</summary>
    public string Edition => Head.Edition;

    /// <summary>Gets the as-of date.</summary>
    public PartialDate AsOf => Head.AsOf;

    /// <summary>Splits the content into edition, date, records and retractions.</summary>
    public void Deconstruct(out string edition, out PartialDate asOf, out PartnershipRecord[] records, out EquatableArray<Retraction> retractions) =>
        (edition, asOf, records, retractions) = (Edition, AsOf, Records, Head.Retractions);

    /// <summary>Returns the dataset of the content, which the build validated.</summary>
    public PartnershipDataset ToDataset() =>
        PartnershipDataset.FromValidated(Head.Edition, Head.AsOf, PartnershipDataset.Group(Records), Head.BaseEdition, Head.Layers)
            .WithRetractions(Head.Retractions);
}
