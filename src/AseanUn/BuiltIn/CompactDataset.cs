using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// A whole dataset in the compact data form: edition, as-of date, the records in the order given, then the
/// retractions; or a dataset
/// over a base one (the shipped layers over the built-in dataset), whose records the base already holds unchanged are
/// written as their index in the base, so the form holds only what the layers add or change.
/// </summary>
internal static class CompactDataset
{
    /// <summary>Writes the dataset's edition, date, records and retractions.</summary>
    public static byte[] Write(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records, EquatableArray<Retraction> retractions = default) =>
        WriteDataset(edition, asOf, records, retractions, CompactRecords.Write);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form.</exception>
    public static (string Edition, PartialDate AsOf, PartnershipRecord[] Records, EquatableArray<Retraction> Retractions) Read(byte[] data) => ReadDataset(data, CompactRecords.Read);

    /// <summary>
    /// Writes a dataset over <paramref name="baseRecords"/>: each record equal to the base record of its id is written
    /// as that record's position, each other record whole.
    /// </summary>
    public static byte[] WriteOver(
        EquatableArray<PartnershipRecord> baseRecords, string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records, EquatableArray<Retraction> retractions = default)
    {
        var positions = new Dictionary<string, int>(baseRecords.Count, StringComparer.Ordinal);
        for (var i = 0; i < baseRecords.Count; i++)
        {
            positions.Add(baseRecords[i].Id, i);
        }

        return WriteDataset(edition, asOf, records, retractions, (w, record) =>
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
    public static (string Edition, PartialDate AsOf, PartnershipRecord[] Records, EquatableArray<Retraction> Retractions) ReadOver(byte[] data, EquatableArray<PartnershipRecord> baseRecords) =>
        ReadDataset(data, r => r.Int() switch
        {
            0 => CompactRecords.Read(r),
            var position when position <= baseRecords.Count => baseRecords[position - 1],
            var position => throw new InvalidDataException($"The layered data refers to base record {position} of {baseRecords.Count}."),
        });

    private static byte[] WriteDataset(
        string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records, EquatableArray<Retraction> retractions, Action<CompactWriter, PartnershipRecord> write)
    {
        var body = new List<PartnershipRecord>(records);
        var w = new CompactWriter();
        w.String(edition);
        w.Date(asOf);
        w.Int(body.Count);
        foreach (var record in body)
        {
            write(w, record);
        }

        CompactStatements.WriteRetractions(w, retractions);
        return w.ToArray();
    }

    private static (string Edition, PartialDate AsOf, PartnershipRecord[] Records, EquatableArray<Retraction> Retractions) ReadDataset(byte[] data, Func<CompactReader, PartnershipRecord> read)
    {
        var r = new CompactReader(data);
        var edition = r.String();
        var asOf = r.Date();
        var records = new PartnershipRecord[r.Count()];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = read(r);
        }

        var retractions = CompactStatements.ReadRetractions(r);
        return r.AtEnd ? (edition, asOf, records, retractions) : throw new InvalidDataException("The built-in data has bytes after its last record.");
    }
}
