using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AseanUn.Model;
using CsvHelper;

namespace AseanUn.Export;

/// <summary>
/// Exports records as CSV for spreadsheets: a header row, then one row per record with the columns documented in
/// <c>docs/data-format.md</c>. Quoting and escaping are CsvHelper's (RFC 4180); lines end with '\n'.
/// </summary>
public static class DatasetCsv
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
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(RecordColumns.Headers);
        foreach (var record in records)
        {
            csv.WriteRecord(RecordColumns.Row(record, dataset));
        }

        csv.Flush();
    }

    /// <summary>Returns every record of <paramref name="dataset"/> as CSV text.</summary>
    /// <param name="dataset">The dataset.</param>
    public static string Export(PartnershipDataset dataset)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Export(dataset, writer);
        return writer.ToString();
    }

    // RFC 4180 quoting; '\n' line ends like the other exports; cells a spreadsheet would run as formulas are defused.
    private static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.Escape };
}
