using System.Collections.Generic;
using System.IO;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>A whole dataset in the compact data form: edition, as-of date, then the records in the order given.</summary>
internal static class CompactDataset
{
    /// <summary>Writes the dataset's edition, date and records.</summary>
    public static byte[] Write(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records)
    {
        var body = new List<PartnershipRecord>(records);
        var w = new CompactWriter();
        w.String(edition);
        w.Date(asOf);
        w.Int(body.Count);
        foreach (var record in body)
        {
            CompactRecords.Write(w, record);
        }

        return w.ToArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole document of the compact form.</exception>
    public static (string Edition, PartialDate AsOf, PartnershipRecord[] Records) Read(byte[] data)
    {
        var r = new CompactReader(data);
        var edition = r.String();
        var asOf = r.Date();
        var records = new PartnershipRecord[r.Count()];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = CompactRecords.Read(r);
        }

        return r.AtEnd ? (edition, asOf, records) : throw new InvalidDataException("The built-in data has bytes after its last record.");
    }
}
