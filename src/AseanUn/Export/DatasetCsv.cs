using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Model;
using CsvHelper;

namespace AseanUn.Export;

/// <summary>
/// Exports records as CSV for spreadsheets: a header row, then one row per record with the columns documented in
/// <c>docs/data-format.md</c>. Quoting and escaping are CsvHelper's (RFC 4180); lines end with '\n'.
/// </summary>
/// <remarks>
/// One rule for formula-like cells, OWASP's for CSV injection: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading single quote (<c>'</c>) and is quoted, so a spreadsheet shows
/// it as text instead of running it. Every cell is text (dates are EDTF strings, numbers are written as text), so
/// the rule has no exceptions: a cell <c>-1</c> or a negative year such as <c>-0044</c> is written <c>'-1</c> and
/// <c>'-0044</c>. A program that reads the CSV back removes a leading <c>'</c> that precedes one of those characters.
/// </remarks>
public static class DatasetCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
    };

    /// <summary>Writes every record of <paramref name="dataset"/>, in dataset order.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    public static void Export(PartnershipDataset dataset, TextWriter writer) => RecordTables.Write(dataset, null, writer, Open);

    /// <summary>Writes <paramref name="records"/> (e.g. a query's result), in the order given.</summary>
    /// <param name="dataset">The dataset the records belong to (it resolves places and codes).</param>
    /// <param name="records">The records.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    public static void Export(PartnershipDataset dataset, IEnumerable<PartnershipRecord> records, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(records);
        RecordTables.Write(dataset, records, writer, Open);
    }

    /// <summary>Writes every record of <paramref name="dataset"/> to <paramref name="utf8"/> as UTF-8 (no byte-order mark).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8">The stream to write to; it is left open.</param>
    public static void Export(PartnershipDataset dataset, Stream utf8) => TableExport.ToStream(dataset, utf8, Export);

    /// <summary>Writes every record of <paramref name="dataset"/> to the file <paramref name="path"/> as UTF-8 (no byte-order mark), replacing it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    public static void ExportFile(PartnershipDataset dataset, string path) => TableExport.ToFile(dataset, path, Export);

    /// <summary>Writes every record of <paramref name="dataset"/> to <paramref name="utf8"/> as UTF-8 without blocking.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8">The stream to write to; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportAsync(PartnershipDataset dataset, Stream utf8, CancellationToken cancellationToken = default) =>
        TableExport.ToStreamAsync(dataset, utf8, Export, cancellationToken);

    /// <summary>Writes every record of <paramref name="dataset"/> to <paramref name="writer"/> without blocking.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportAsync(PartnershipDataset dataset, TextWriter writer, CancellationToken cancellationToken = default) =>
        TableExport.ToWriterAsync(dataset, writer, Export, cancellationToken);

    /// <summary>Writes every record of <paramref name="dataset"/> to the file <paramref name="path"/> without blocking, replacing it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportFileAsync(PartnershipDataset dataset, string path, CancellationToken cancellationToken = default) =>
        TableExport.ToFileAsync(dataset, path, Export, cancellationToken);

    /// <summary>Returns every record of <paramref name="dataset"/> as CSV text.</summary>
    /// <param name="dataset">The dataset.</param>
    public static string Export(PartnershipDataset dataset) => RecordTables.ToText(dataset, Export);

    private static RecordTables.ITableWriter Open(TextWriter writer) => new CsvTable(CsvWriter.Create(writer, Options, leaveOpen: true));

    private sealed class CsvTable(CsvWriter csv) : RecordTables.ITableWriter
    {
        public void WriteHeader(string[] headers) => csv.WriteHeader(headers);

        public void WriteRow(string[] cells) => csv.WriteRecord(cells);

        public void Dispose() => csv.Dispose();
    }
}
