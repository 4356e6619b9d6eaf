using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Model;

namespace AseanUn.Export;

/// <summary>
/// Exports records as a Markdown (GitHub-flavoured) table for documents: the same columns as <see cref="DatasetCsv"/>,
/// one row per record. Cells are text from data, never markup: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become HTML
/// character references, so a title such as <c>&lt;img src=x onerror=…&gt;</c> shows as written instead of becoming an
/// element; the Markdown characters <c>\ | ` * _ [ ]</c> are escaped with a backslash, so a cell cannot end its column,
/// open a code span, emphasis, a link or an image; and line breaks become spaces, so every record stays one row.
/// </summary>
public static class DatasetMarkdown
{
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

    /// <summary>Returns every record of <paramref name="dataset"/> as a Markdown table.</summary>
    /// <param name="dataset">The dataset.</param>
    public static string Export(PartnershipDataset dataset) => RecordTables.ToText(dataset, Export);

    private static RecordTables.ITableWriter Open(TextWriter writer) => new MarkdownTable(writer);

    private sealed class MarkdownTable(TextWriter writer) : RecordTables.ITableWriter
    {
        public void WriteHeader(string[] headers)
        {
            WriteRow(headers);
            WriteRow(Array.ConvertAll(headers, _ => "---"));
        }

        public void WriteRow(string[] cells)
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

        public void Dispose() => writer.Flush();

        private static string Escape(string cell)
        {
            var text = new StringBuilder(cell.Length + 8);
            foreach (var c in cell.ReplaceLineEndings(" "))
            {
                _ = c switch
                {
                    '&' => text.Append("&amp;"),
                    '<' => text.Append("&lt;"),
                    '>' => text.Append("&gt;"),
                    '\\' or '|' or '`' or '*' or '_' or '[' or ']' => text.Append('\\').Append(c),
                    _ => text.Append(c),
                };
            }

            return text.ToString();
        }
    }
}
