using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Stacking;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Imports a JSON document. A sound one is read in one pass by <see cref="DirectDatasetReader"/>; any other (and one
/// with updates) is read here with positions: parse into a positioned tree, check its shape, deserialize each sound
/// record through source generation, then run the shared validator over the whole (with the dataset merged into, if
/// any). Every problem of every stage is reported with its path, line and column; on any problem no dataset is created.
/// </summary>
internal sealed class DatasetJsonReader
{
    private static readonly string[] GroupNames = Array.ConvertAll(RecordTypes.All, static t => t.GroupName);

    private readonly byte[] _utf8;
    private readonly LineMap _lines;
    private readonly string? _documentName;
    private readonly JsonShapeChecker _checker;
    private readonly List<RecordEntry> _entries = [];

    // The document's records by group, when the one-pass reading deserialized them before finding a problem.
    private readonly List<PartnershipRecord>[]? _records;

    private DatasetJsonReader(byte[] utf8, string? documentName, List<PartnershipRecord>[]? records)
    {
        _records = records;
        // A byte-order mark is allowed but is not part of the JSON text.
        _utf8 = utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        _lines = new LineMap(_utf8, documentName);
        _checker = new JsonShapeChecker(_lines);
        _documentName = documentName;
    }

    /// <summary>
    /// Reads <paramref name="utf8"/> into a new dataset, or into one merged with <paramref name="baseDataset"/>: in one
    /// pass when the document is sound (<see cref="DirectDatasetReader"/>), otherwise with positions to report its problems.
    /// </summary>
    public static DatasetResult Read(ReadOnlySpan<byte> utf8, PartnershipDataset? baseDataset, string? documentName)
    {
        var json = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (json.Length > DatasetJsonOptions.MaxDocumentBytes)
        {
            return ReadWithPositions(utf8.ToArray(), baseDataset, documentName);
        }

        return DirectDatasetReader.TryRead(json, baseDataset, out var records, documentName) is { } dataset
            ? DatasetResult.Success(dataset)
            : new DatasetJsonReader(utf8.ToArray(), documentName, records).Read(baseDataset);
    }

    /// <summary>Reads like <see cref="Read(ReadOnlySpan{byte}, PartnershipDataset?, string?)"/>, always with positions: the reading every problem report comes from.</summary>
    internal static DatasetResult ReadWithPositions(byte[] utf8, PartnershipDataset? baseDataset, string? documentName) =>
        new DatasetJsonReader(utf8, documentName, null).Read(baseDataset);

    /// <summary>Returns whether an inference about <paramref name="name"/> names no property of <paramref name="type"/> that is part of the format.</summary>
    /// <remarks>An empty or missing name is left to the other checks.</remarks>
    internal static bool IsNotAProperty(Type type, string? name)
    {
        if (name is not { Length: > 0 })
        {
            return false;
        }

        var jsonName = JsonNamingPolicy.CamelCase.ConvertName(name);
        foreach (var property in DatasetJsonOptions.InfoOf(type).Properties)
        {
            if (property.Name == jsonName)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads with positions like <see cref="ReadWithPositions"/> and tells how many bytes locating problems counted over.</summary>
    internal static DatasetResult Read(byte[] utf8, string? documentName, out long bytesScanned)
    {
        var reader = new DatasetJsonReader(utf8, documentName, null);
        var result = reader.Read(null);
        bytesScanned = reader._lines.BytesScanned;
        return result;
    }

    private DatasetResult Read(PartnershipDataset? baseDataset)
    {
        if (_utf8.Length > DatasetJsonOptions.MaxDocumentBytes)
        {
            return Failure([_lines.ProblemAt(DatasetJsonOptions.MaxDocumentBytes, DatasetProblemKind.LimitExceeded, "$",
                $"The document is longer than {DatasetJsonOptions.MaxDocumentBytes} bytes, the most the importer reads; it goes past that here.")]);
        }

        var root = PositionedJsonParser.Parse(_utf8, _lines, out var syntaxError);
        if (root is null)
        {
            return Failure([syntaxError!]);
        }

        if (UnsupportedVersion(root) is { } versionProblem)
        {
            return Failure([versionProblem]);
        }

        _checker.CheckObject(root, DatasetJsonOptions.InfoOf(typeof(DatasetDocument)), JsonPath.Root, CheckRecords);
        var edition = root.Property("edition");
        if (edition is { Kind: JsonValueKind.String, Text: var text } && string.IsNullOrWhiteSpace(text))
        {
            _checker.Report(DatasetProblemKind.InvalidValue, JsonPath.Root.Property("edition"), edition.Start, "The edition is empty; name the edition of the data, e.g. '2017-03'.");
        }

        LayerChecks.Run(root, baseDataset, _checker);

        var records = Deserialize();
        // A merged document is a layer: nothing it states may follow its as-of date.
        // The validator reports after the shape checks, into the same list: the first problems of both are listed.
        DatasetValidator.Validate(_entries, baseDataset, StatementValues.Instance, Place, _checker.List, baseDataset is null ? null : AsOfOf(root));
        if (_checker.Problems.Count > 0)
        {
            return Failure(_checker.Problems, _checker.Omitted);
        }

        // Updates apply to records that are sound, so they run once the records are; any problem in them stops the merge.
        var updatesNode = root.Property("updates");
        var retractions = new List<Retraction>();
        var changed = updatesNode is { Kind: JsonValueKind.Object } updates
            ? DatasetUpdater.Apply(updates, _utf8, _checker, baseDataset, records, AsOfOf(root), retractions)
            : null;
        var listed = DatasetRetractions.Read(root, _utf8, _checker, Finder(records, baseDataset));
        if (_checker.Problems.Count > 0)
        {
            return Failure(_checker.Problems, _checker.Omitted);
        }

        if (changed is { Count: > 0 })
        {
            foreach (var group in records)
            {
                for (var i = 0; i < group.Count; i++)
                {
                    if (changed.Remove(group[i].Id, out var updated))
                    {
                        group[i] = updated;
                    }
                }
            }
        }

        var head = new DocumentLayer(
            edition!.Text!, PartialDate.Parse(root.Property("asOf")!.Text!), ValueOf<LayerHeader>(root.Property("layer")), ValueOf<EquatableArray<DatasetLayer>>(root.Property("layers")), _documentName);
        var dataset = head.Build(records, baseDataset, changed, UpdateCitations.Of(updatesNode));
        return DatasetResult.Success(DatasetRetractions.Apply(dataset, listed, retractions));
    }

    // Finds a record of the document or of the dataset merged into, for the check of the document's retractions; the
    // document's records are indexed on the first look-up, so a document without retractions pays nothing.
    private static Func<string, PartnershipRecord?> Finder(List<PartnershipRecord>[] records, PartnershipDataset? baseDataset)
    {
        Dictionary<string, PartnershipRecord>? byId = null;
        return id =>
        {
            if (byId is null)
            {
                byId = new Dictionary<string, PartnershipRecord>(StringComparer.Ordinal);
                foreach (var group in records)
                {
                    foreach (var record in group)
                    {
                        byId.TryAdd(record.Id, record);
                    }
                }
            }

            return byId.TryGetValue(id, out var found) || (baseDataset is not null && baseDataset.TryGetRecord(id, out found)) ? found : null;
        };
    }

    // The document's as-of date, when it is one; the shape checks report it otherwise.
    private static PartialDate? AsOfOf(PositionedNode root) =>
        root.Property("asOf") is { Kind: JsonValueKind.String, Text: var text } && PartialDate.TryParse(text, out var asOf) ? asOf : null;

    // A part of the document the shape checks found sound, deserialized; the type's default when it is absent.
    private T? ValueOf<T>(PositionedNode? node) =>
        node is null || node.Kind == JsonValueKind.Null ? default : (T?)JsonSerializer.Deserialize(_utf8.AsSpan(node.Start, node.End - node.Start), DatasetJsonOptions.InfoOf(typeof(T)));

    private DatasetProblem? UnsupportedVersion(PositionedNode root)
    {
        if (root.Property("version") is { Kind: JsonValueKind.Number, IsInt32: true } version
            && int.Parse(_utf8.AsSpan(version.Start, version.End - version.Start), provider: null) is var number && !DatasetDocument.IsReadable(number))
        {
            return _lines.ProblemAt(version.Start, DatasetProblemKind.UnsupportedVersion, "$.version",
                $"Format version {number} is not supported; this library reads versions {DatasetDocument.OldestVersion}–{DatasetDocument.CurrentVersion}.");
        }

        return null;
    }

    // The records object: each group's array is checked record by record, so that a broken record is set aside
    // while the sound ones are still validated.
    private bool CheckRecords(PositionedProperty property, JsonPath path)
    {
        if (property.Name != "records")
        {
            return false;
        }

        _checker.CheckObject(property.Value, GroupNames, path, (group, groupPath) =>
        {
            var index = RecordTypes.IndexOfGroup(group.Name);
            if (group.Value.Kind != JsonValueKind.Array)
            {
                _checker.CheckValue(group.Value, typeof(EquatableArray<string>), allowNull: true, groupPath);
                return true;
            }

            for (var i = 0; i < group.Value.Items.Count; i++)
            {
                var node = group.Value.Items[i];
                var before = _checker.Found;
                _checker.CheckValue(node, RecordTypes.All[index].Type, allowNull: false, groupPath.Item(i));
                CheckInferredProperties(node, RecordTypes.All[index].Type, groupPath.Item(i));
                var sound = _checker.Found == before;
                var id = node.Property("id") is { Kind: JsonValueKind.String, Text: var text } ? text : null;
                _entries.Add(new RecordEntry(null, id, RecordTypes.All[index].Type, RecordTypes.PathOf(index, i), new Placed(node, sound)));
            }

            return true;
        });
        return true;
    }

    // An inference names a property the record type has (its C# name, e.g. "PlaceId"), and one that is part of the format.
    private void CheckInferredProperties(PositionedNode record, Type type, JsonPath path)
    {
        if (record.Property("inferences") is not { Kind: JsonValueKind.Array } inferences)
        {
            return;
        }

        for (var i = 0; i < inferences.Items.Count; i++)
        {
            if (inferences.Items[i].Property("property") is { Kind: JsonValueKind.String, Text: var name } property && IsNotAProperty(type, name))
            {
                _checker.Report(DatasetProblemKind.InvalidValue, path.Property("inferences").Item(i).Property("property"), property.Start,
                    $"{Quoted.Of(name)} is not a property of {Wording.WithArticle(type.Name)}, so it cannot be inferred.");
            }
        }
    }

    private List<PartnershipRecord>[] Deserialize()
    {
        if (_records is not null && _checker.Found == 0)
        {
            return Deserialized(_records);
        }

        var groups = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            var placed = (Placed)entry.Position!;
            if (!placed.Sound)
            {
                continue;
            }

            var json = _utf8.AsSpan(placed.Node.Start, placed.Node.End - placed.Node.Start);
            var record = (PartnershipRecord)JsonSerializer.Deserialize(json, DatasetJsonOptions.InfoOf(entry.Type))!;
            groups[RecordTypes.IndexOf(entry.Type)].Add(record);
            _entries[i] = entry with { Record = record };
        }

        return groups;
    }

    // When the shape checks find nothing, every record is sound and the records the one-pass reading deserialized are
    // the document's, group by group in document order: they are paired with the entries instead of read again.
    private List<PartnershipRecord>[] Deserialized(List<PartnershipRecord>[] records)
    {
        var next = new int[records.Length];
        for (var i = 0; i < _entries.Count; i++)
        {
            var group = RecordTypes.IndexOf(_entries[i].Type);
            _entries[i] = _entries[i] with { Record = records[group][next[group]++] };
        }

        return records;
    }

    // A problem the validator found, at the value it is about as far as the document has it.
    private DatasetProblem Place(RecordEntry entry, RecordSite site, DatasetProblemKind kind, string message) =>
        _lines.ProblemAt(NodeAt(entry, site).Start, kind, site.AppendTo(entry.Path), message);

    private static PositionedNode NodeAt(RecordEntry entry, RecordSite site)
    {
        var node = ((Placed)entry.Position!).Node;
        if (site.Property is not null && node.Property(site.Property) is { } property)
        {
            node = property;
            if (site.Index >= 0 && site.Index < node.Items.Count)
            {
                node = node.Items[site.Index];
            }

            if (site.SubProperty is not null)
            {
                node = Walk(node, site.SubProperty);
            }
        }

        return node;
    }

    // Follows a relative path such as "reason" or "sources[1].paragraph" as far as the document has it.
    private static PositionedNode Walk(PositionedNode node, string relativePath)
    {
        foreach (var segment in relativePath.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (node.Property(name) is not { } next)
            {
                return node;
            }

            node = next;
            if (bracket >= 0 && int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), out var index) && index < node.Items.Count)
            {
                node = node.Items[index];
            }
        }

        return node;
    }

    private DatasetResult Failure(List<DatasetProblem> problems, int omitted = 0)
    {
        // Without a line, the closing count sorts after every listed problem.
        if (omitted > 0)
        {
            problems.Add(new DatasetProblem(DatasetProblemKind.LimitExceeded, "$", null, null, string.Create(
                CultureInfo.InvariantCulture,
                $"{omitted:N0} more problems were found and are not listed; an import lists the first {DatasetJsonOptions.MaxListedProblems:N0}."))
            {
                DocumentName = _documentName,
            });
        }

        return DatasetResult.Failure(DatasetProblem.InDocumentOrder(problems));
    }

    /// <summary>Where a record stands in the document and whether its shape was sound enough to deserialize.</summary>
    private sealed record Placed(PositionedNode Node, bool Sound);
}
