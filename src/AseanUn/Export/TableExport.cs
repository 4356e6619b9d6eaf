using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AseanUn.Export;

/// <summary>
/// The targets every table format (<see cref="DatasetCsv"/>, <see cref="DatasetMarkdown"/>) offers beyond a
/// <see cref="TextWriter"/>: a stream, a file, and their asynchronous forms. The asynchronous forms build the text
/// first (a dataset's table is small) and then write it without blocking.
/// </summary>
internal static class TableExport
{
    public static void ToStream(PartnershipDataset dataset, Stream utf8, Action<PartnershipDataset, TextWriter> export)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ExportTargets.ToStream(utf8, writer => export(dataset, writer));
    }

    public static void ToFile(PartnershipDataset dataset, string path, Action<PartnershipDataset, TextWriter> export)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ExportTargets.ToFile(path, file => ToStream(dataset, file, export));
    }

    public static Task ToStreamAsync(PartnershipDataset dataset, Stream utf8, Action<PartnershipDataset, TextWriter> export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return ExportTargets.ToStreamAsync(utf8, Utf8(dataset, export), cancellationToken);
    }

    public static Task ToWriterAsync(PartnershipDataset dataset, TextWriter writer, Action<PartnershipDataset, TextWriter> export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return ExportTargets.ToWriterAsync(writer, RecordTables.ToText(dataset, export), cancellationToken);
    }

    public static Task ToFileAsync(PartnershipDataset dataset, string path, Action<PartnershipDataset, TextWriter> export, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ExportTargets.ToFileAsync(path, Utf8(dataset, export), cancellationToken);
    }

    private static byte[] Utf8(PartnershipDataset dataset, Action<PartnershipDataset, TextWriter> export) =>
        ExportTargets.Utf8.GetBytes(RecordTables.ToText(dataset, export));
}
