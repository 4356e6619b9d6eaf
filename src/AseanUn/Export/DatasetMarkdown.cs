using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AseanUn.Model;

namespace AseanUn.Export;

/// <summary>
/// Exports records as a Markdown (GitHub-flavoured) table for documents: the same columns as <see cref="DatasetCsv"/>,
/// one row per record. Pipes in cells are escaped and line breaks become spaces, so every record stays one row.
/// </summary>
public static class DatasetMarkdown
{
    /// <summary>Writes every record of <paramref name="dataset"/>, in dataset order.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    public static void Export(PartnershipDataset dataset, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Export(dataset, dataset.Records, writer);
    }

    /// <summary>Writes <paramref name="records"/> (e.g. a query's result), in the order given.</summary>
    /// <param name="dataset">The dataset the records belong to (it resolves places and codes).</param>
    /// <param name="records">The records.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    public static void Export(PartnershipDataset dataset, IEnumerable<PartnershipRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRow(writer, RecordColumns.Headers);
        WriteRow(writer, Array.ConvertAll(RecordColumns.Headers, _ => "---"));
        foreach (var record in records)
        {
            WriteRow(writer, RecordColumns.Row(record, dataset));
        }
    }

    /// <summary>Returns every record of <paramref name="dataset"/> as a Markdown table.</summary>
    /// <param name="dataset">The dataset.</param>
    public static string Export(PartnershipDataset dataset)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Export(dataset, writer);
        return writer.ToString();
    }

    private static void WriteRow(TextWriter writer, string[] cells)
    {
        writer.Write('|');
        foreach (var cell in cells)
        {
            writer.Write(' ');
            writer.Write(Escape(cell));
            writer.Write(" |");
        }

        writer.Write('\n');
    }

    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
