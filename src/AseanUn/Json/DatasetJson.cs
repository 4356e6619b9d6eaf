using System;
using System.IO;
using System.Text;
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
    public static DatasetResult TryImport(ReadOnlySpan<byte> utf8Json, string? documentName = null) => DatasetJsonReader.Read(utf8Json.ToArray(), null, documentName);

    /// <summary>Imports a dataset from JSON text without throwing for problems in the document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryImport(string json, string? documentName = null) => DatasetJsonReader.Read(Utf8(json), null, documentName);

    /// <summary>Imports a dataset from a stream of UTF-8 JSON without throwing for problems in the document.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryImport(Stream utf8Json, string? documentName = null) => DatasetJsonReader.Read(ReadAll(utf8Json), null, documentName);

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
        return DatasetJsonReader.Read(utf8Json.ToArray(), baseDataset, documentName);
    }

    /// <summary>Merges JSON text like <see cref="Merge(PartnershipDataset, string, string?)"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="json">The document.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryMerge(PartnershipDataset baseDataset, string json, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return DatasetJsonReader.Read(Utf8(json), baseDataset, documentName);
    }

    /// <summary>Merges a stream like <see cref="Merge(PartnershipDataset, Stream, string?)"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="documentName">A name for the document in problem reports.</param>
    public static DatasetResult TryMerge(PartnershipDataset baseDataset, Stream utf8Json, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return DatasetJsonReader.Read(ReadAll(utf8Json), baseDataset, documentName);
    }

    /// <summary>Imports a dataset from a UTF-8 JSON file; problems name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DatasetValidationException">The document has problems; the exception lists all of them.</exception>
    public static PartnershipDataset ImportFile(string path) => TryImportFile(path).GetDatasetOrThrow();

    /// <summary>Imports a dataset from a UTF-8 JSON file without throwing for problems in the document; problems name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DatasetResult TryImportFile(string path) => DatasetJsonReader.Read(ReadFile(path), null, path);

    /// <summary>Imports a UTF-8 JSON file into <paramref name="baseDataset"/> (see <see cref="Merge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/>); problems name the file.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DatasetValidationException">The document has problems; nothing was merged.</exception>
    public static PartnershipDataset MergeFile(PartnershipDataset baseDataset, string path) => TryMergeFile(baseDataset, path).GetDatasetOrThrow();

    /// <summary>Merges a UTF-8 JSON file like <see cref="MergeFile"/>, returning the problems instead of throwing them.</summary>
    /// <param name="baseDataset">The dataset to merge into.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DatasetResult TryMergeFile(PartnershipDataset baseDataset, string path)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        return DatasetJsonReader.Read(ReadFile(path), baseDataset, path);
    }

    private static byte[] Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Utf8Text.Encode(json);
    }

    // A file, like a stream, is read no further than the size limit lets the importer go.
    private static byte[] ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        return ReadAll(file);
    }

    // Reads no further than one chunk past the size limit, so an endless or huge stream is rejected, not buffered.
    private static byte[] ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= DatasetJsonOptions.MaxDocumentBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
