using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AseanUn.Model;

namespace AseanUn.Export;

/// <summary>Writes records as a table of <see cref="RecordColumns"/>, in any format that can write a header and rows.</summary>
internal static class RecordTables
{
    /// <summary>A table format: how to write the header and each row.</summary>
    public interface ITableWriter : IDisposable
    {
        void WriteHeader(string[] headers);

        void WriteRow(string[] cells);
    }

    /// <summary>Writes <paramref name="records"/> (all of <paramref name="dataset"/> when <see langword="null"/>) through the format <paramref name="open"/> creates.</summary>
    public static void Write(PartnershipDataset dataset, IEnumerable<PartnershipRecord>? records, TextWriter writer, Func<TextWriter, ITableWriter> open)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        using var table = open(writer);
        table.WriteHeader(RecordColumns.Headers);
        foreach (var record in records ?? dataset.Records)
        {
            table.WriteRow(RecordColumns.Row(record, dataset));
        }
    }

    /// <summary>Returns what <paramref name="export"/> writes for every record of <paramref name="dataset"/>.</summary>
    public static string ToText(PartnershipDataset dataset, Action<PartnershipDataset, TextWriter> export)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        export(dataset, writer);
        return writer.ToString();
    }
}
