using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Export;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Exports datasets to the JSON interchange format and imports them back, alone or merged into another dataset
/// (see <c>docs/data-format.md</c> and <c>schemas/aseanun-dataset.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>
/// Serialization is source-generated: nothing is reflected at run time, and the library stays trim- and
/// AOT-compatible. The export is deterministic — fixed property and group order, two-space indentation, '\n' line
/// ends, a final newline, non-ASCII text unescaped — so exporting an imported export gives the same bytes.
/// </para>
/// <para>
/// Import reports every problem at once, each with its JSON path, line and column: malformed JSON (where the syntax
/// breaks), an unsupported version, unknown, repeated or missing properties, values of the wrong type, invalid dates
/// and intervals that end before they start, and every rule of the shared dataset validator (ids, references,
/// codes, citations). On any problem no dataset is created; the <c>Try</c> methods return the problems, the others
/// throw <see cref="DatasetValidationException"/>.
/// </para>
/// <para>
/// The importer reads documents of at most 16 MiB (16,777,216 bytes; a stream or file is read no further) that nest arrays and
/// objects at most 64 deep; a larger or deeper document is rejected with one <see cref="DatasetProblemKind.LimitExceeded"/>
/// problem where it passes the limit.
/// </para>
/// </remarks>
public static class DatasetJson
{
    private const int ChunkBytes = 81920;

    /// <summary>Exports <paramref name="dataset"/> as a JSON document.</summary>
    /// <param name="dataset">The dataset.</param>
    public static string Export(PartnershipDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Encoding.UTF8.GetString(DatasetJsonWriter.Write(dataset));
    }

    /// <summary>Exports <paramref name="dataset"/> as a UTF-8 JSON document (no byte-order mark) to <paramref name="utf8Json"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    public static void Export(PartnershipDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(DatasetJsonWriter.Write(dataset));
    }

    /// <summary>Exports <paramref name="dataset"/> as a JSON document to <paramref name="writer"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    public static void Export(PartnershipDataset dataset, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Export(dataset));
    }

    /// <summary>Exports <paramref name="dataset"/> as a UTF-8 JSON document (no byte-order mark) to the file <paramref name="path"/>, replacing it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    public static void ExportFile(PartnershipDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ExportTargets.ToFile(path, file => Export(dataset, file));
    }

    /// <summary>Exports <paramref name="dataset"/> as a UTF-8 JSON document (no byte-order mark) to <paramref name="utf8Json"/> without blocking.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportAsync(PartnershipDataset dataset, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ExportTargets.ToStreamAsync(utf8Json, DatasetJsonWriter.Write(dataset), cancellationToken);
    }

    /// <summary>Exports <paramref name="dataset"/> as a JSON document to <paramref name="writer"/> without blocking.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportAsync(PartnershipDataset dataset, TextWriter writer, CancellationToken cancellationToken = default) =>
        ExportTargets.ToWriterAsync(writer, Export(dataset), cancellationToken);

    /// <summary>Exports <paramref name="dataset"/> as a UTF-8 JSON document to the file <paramref name="path"/> without blocking, replacing it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task ExportFileAsync(PartnershipDataset dataset, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ExportTargets.ToFileAsync(path, DatasetJsonWriter.Write(dataset), cancellationToken);
    }

    /// <summary>Imports a dataset from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports, e.g. its file path.</param>
    /// <exception cref="DatasetValidationException">The document has problems; the exception lists all of them.</exception>
    public static PartnershipDataset Import(ReadOnlySpan<byte> utf8Json, string? documentName = null) => TryImport(utf8Json, documentName).GetDatasetOrThrow();

    /// <summary>Imports a dataset from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <exception cref="DatasetValidationException">The document has problems; the exception lists all of them.</exception>
    public static PartnershipDataset Import(string json, string? documentName = null) => TryImport(json, documentName).GetDatasetOrThrow();

    /// <summary>Imports a dataset from a stream of UTF-8 JSON, read to its end or past the size limit.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <exception cref="DatasetValidationException">The document has problems; the exception lists all of them.</exception>
    public static PartnershipDataset Import(Stream utf8Json, string? documentName = null) => TryImport(utf8Json, documentName).GetDatasetOrThrow();

    /// <summary>Imports a dataset from UTF-8 JSON without throwing for problems in the document.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryImport(ReadOnlySpan<byte> utf8Json, string? documentName = null) => Read(utf8Json, null, documentName);

    /// <summary>Imports a dataset from JSON text without throwing for problems in the document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryImport(string json, string? documentName = null) => Read(Utf8(json), null, documentName);

    /// <summary>Imports a dataset from a stream of UTF-8 JSON without throwing for problems in the document.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryImport(Stream utf8Json, string? documentName = null) => Read(ReadAll(utf8Json), null, documentName);

    /// <summary>
    /// Imports a document into <paramref name="baseDataset"/>: the result holds the records of both, validated as a
    /// whole (ids unique across both, references may point into either).
    /// </summary>
    /// <remarks>The merged dataset takes the document's edition and the later of the two as-of dates. The base dataset is unchanged.</remarks>
    /// <param name="baseDataset">The dataset to merge into, e.g. <see cref="Partnership.Current"/>.</param>
    /// <param name="utf8Json">The document, e.g. a later report's records.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <exception cref="DatasetValidationException">The document has problems; nothing was merged.</exception>
    public static PartnershipDataset Merge(PartnershipDataset baseDataset, ReadOnlySpan<byte> utf8Json, string? documentName = null) =>
        TryMerge(baseDataset, utf8Json, documentName).GetDatasetOrThrow();

    /// <summary>Imports JSON text into <paramref name="baseDataset"/> (see <see cref="Merge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/>).</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <exception cref="DatasetValidationException">The document has problems; nothing was merged.</exception>
    public static PartnershipDataset Merge(PartnershipDataset baseDataset, string json, string? documentName = null) =>
        TryMerge(baseDataset, json, documentName).GetDatasetOrThrow();

    /// <summary>Imports a stream of UTF-8 JSON into <paramref name="baseDataset"/> (see <see cref="Merge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/>).</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <exception cref="DatasetValidationException">The document has problems; nothing was merged.</exception>
    public static PartnershipDataset Merge(PartnershipDataset baseDataset, Stream utf8Json, string? documentName = null) =>
        TryMerge(baseDataset, utf8Json, documentName).GetDatasetOrThrow();

    /// <summary>Merges like <see cref="Merge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryMerge(PartnershipDataset baseDataset, ReadOnlySpan<byte> utf8Json, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return Read(utf8Json, baseDataset, documentName);
    }

    /// <summary>Merges JSON text like <see cref="Merge(PartnershipDataset, string, string?)"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryMerge(PartnershipDataset baseDataset, string json, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return Read(Utf8(json), baseDataset, documentName);
    }

    /// <summary>Merges a stream like <see cref="Merge(PartnershipDataset, Stream, string?)"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryMerge(PartnershipDataset baseDataset, Stream utf8Json, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return Read(ReadAll(utf8Json), baseDataset, documentName);
    }

    /// <summary>Imports a dataset from a UTF-8 JSON file; problems name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="DatasetValidationException">
    /// The file cannot be read (it does not exist, is a folder, or access is denied: a <see cref="DatasetProblemKind.Unreadable"/>
    /// problem) or the document has problems; the exception lists all of them.
    /// </exception>
    public static PartnershipDataset ImportFile(string path) => TryImportFile(path).GetDatasetOrThrow();

    /// <summary>Imports a dataset from a UTF-8 JSON file without throwing for problems; problems name the file.</summary>
    /// <remarks>A file that cannot be read — missing, a folder, access denied — is one <see cref="DatasetProblemKind.Unreadable"/> problem.</remarks>
    /// <param name="path">The file's path.</param>
    public static DatasetResult TryImportFile(string path) => ReadFile(path, null);

    /// <summary>Imports a UTF-8 JSON file into <paramref name="baseDataset"/> (see <see cref="Merge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/>); problems name the file.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="DatasetValidationException">The file cannot be read or the document has problems; nothing was merged.</exception>
    public static PartnershipDataset MergeFile(PartnershipDataset baseDataset, string path) => TryMergeFile(baseDataset, path).GetDatasetOrThrow();

    /// <summary>Merges a UTF-8 JSON file like <see cref="MergeFile"/>, returning the problems instead of throwing them.</summary>
    /// <remarks>A file that cannot be read is one <see cref="DatasetProblemKind.Unreadable"/> problem.</remarks>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    public static DatasetResult TryMergeFile(PartnershipDataset baseDataset, string path)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return ReadFile(path, baseDataset);
    }

    /// <summary>Imports a dataset from a stream of UTF-8 JSON without blocking (see <see cref="Import(Stream, string?)"/>).</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DatasetValidationException">The document has problems; the exception lists all of them.</exception>
    public static async Task<PartnershipDataset> ImportAsync(Stream utf8Json, string? documentName = null, CancellationToken cancellationToken = default) =>
        (await TryImportAsync(utf8Json, documentName, cancellationToken).ConfigureAwait(false)).GetDatasetOrThrow();

    /// <summary>Imports a dataset from a stream of UTF-8 JSON without blocking and without throwing for problems in the document.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<DatasetResult> TryImportAsync(Stream utf8Json, string? documentName = null, CancellationToken cancellationToken = default) =>
        Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), null, documentName);

    /// <summary>Imports a stream of UTF-8 JSON into <paramref name="baseDataset"/> without blocking (see <see cref="Merge(PartnershipDataset, Stream, string?)"/>).</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DatasetValidationException">The document has problems; nothing was merged.</exception>
    public static async Task<PartnershipDataset> MergeAsync(
        PartnershipDataset baseDataset, Stream utf8Json, string? documentName = null, CancellationToken cancellationToken = default) =>
        (await TryMergeAsync(baseDataset, utf8Json, documentName, cancellationToken).ConfigureAwait(false)).GetDatasetOrThrow();

    /// <summary>Merges a stream like <see cref="MergeAsync"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<DatasetResult> TryMergeAsync(
        PartnershipDataset baseDataset, Stream utf8Json, string? documentName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), baseDataset, documentName);
    }

    /// <summary>Imports a dataset from a UTF-8 JSON file without blocking (see <see cref="ImportFile"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DatasetValidationException">The file cannot be read or the document has problems; the exception lists all of them.</exception>
    public static async Task<PartnershipDataset> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        (await TryImportFileAsync(path, cancellationToken).ConfigureAwait(false)).GetDatasetOrThrow();

    /// <summary>Imports a dataset from a UTF-8 JSON file without blocking and without throwing for problems (see <see cref="TryImportFile"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<DatasetResult> TryImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, null, cancellationToken);

    /// <summary>Imports a UTF-8 JSON file into <paramref name="baseDataset"/> without blocking (see <see cref="MergeFile"/>).</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DatasetValidationException">The file cannot be read or the document has problems; nothing was merged.</exception>
    public static async Task<PartnershipDataset> MergeFileAsync(PartnershipDataset baseDataset, string path, CancellationToken cancellationToken = default) =>
        (await TryMergeFileAsync(baseDataset, path, cancellationToken).ConfigureAwait(false)).GetDatasetOrThrow();

    /// <summary>Merges a UTF-8 JSON file like <see cref="MergeFileAsync"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<DatasetResult> TryMergeFileAsync(PartnershipDataset baseDataset, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return ReadFileAsync(path, baseDataset, cancellationToken);
    }

    private static byte[] Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Utf8Text.Encode(json);
    }

    // Every import ends here. An empty document gets a sentence of this library's own, not the JSON reader's. The
    // bytes are not copied: a sound document is read straight from them.
    private static DatasetResult Read(ReadOnlySpan<byte> utf8, PartnershipDataset? baseDataset, string? documentName) =>
        utf8.Length <= DatasetJsonOptions.MaxDocumentBytes && utf8.TrimStart("\uFEFF"u8).Trim(" \t\r\n"u8).IsEmpty
            ? Problem(DatasetProblemKind.MalformedJson, documentName, 1, 1,
                "The document is empty; a dataset document is a JSON object with version, edition, asOf and records (see docs/data-format.md).")
            : DatasetJsonReader.Read(utf8, baseDataset, documentName);

    private static DatasetResult Problem(DatasetProblemKind kind, string? documentName, int? line, int? column, string message) =>
        DatasetResult.Failure([new DatasetProblem(kind, "$", line, column, message) { DocumentName = documentName }]);

    // A file, like a stream, is read no further than the size limit lets the importer go. A file that cannot be
    // opened or read is a problem of the document like any other, reported in plain words.
    private static DatasetResult ReadFile(string path, PartnershipDataset? baseDataset)
    {
        if (Unopenable(path) is { } problem)
        {
            return problem;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(ReadAll(file), baseDataset, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }
    }

    private static async Task<DatasetResult> ReadFileAsync(string path, PartnershipDataset? baseDataset, CancellationToken cancellationToken)
    {
        if (Unopenable(path) is { } problem)
        {
            return problem;
        }

        try
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                return Read(await ReadAllAsync(file, cancellationToken).ConfigureAwait(false), baseDataset, path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }
    }

    private static DatasetResult? Unopenable(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Directory.Exists(path) ? Problem(DatasetProblemKind.Unreadable, path, null, null, $"Cannot read {path}: it is a folder, not a file.")
            : !File.Exists(path) ? Problem(DatasetProblemKind.Unreadable, path, null, null, $"Cannot read {path}: there is no such file.")
            : null;
    }

    private static DatasetResult Unreadable(string path, Exception exception) =>
        exception is FileNotFoundException or DirectoryNotFoundException
            ? Problem(DatasetProblemKind.Unreadable, path, null, null, $"Cannot read {path}: there is no such file.")
            : Problem(DatasetProblemKind.Unreadable, path, null, null, $"Cannot read {path}: {exception.Message}");

    // Reads no further than one chunk past the size limit, so an endless or huge stream is rejected, not buffered.
    private static byte[] ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while (buffer.Length <= DatasetJsonOptions.MaxDocumentBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while (buffer.Length <= DatasetJsonOptions.MaxDocumentBytes && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
