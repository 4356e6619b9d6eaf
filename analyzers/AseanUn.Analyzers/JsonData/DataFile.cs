using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// One <c>*.aseanun.json</c> file of the project, read once per compilation: its JSON, and what other files need to
/// know of it — its edition, the editions it requires, and the records it adds.
/// </summary>
internal sealed class DataFile
{
    /// <summary>The ending that marks an additional file as AseanUn data.</summary>
    public const string Suffix = ".aseanun.json";

    private DataFile(string path, SourceText text, JsonNode? root, JsonSyntaxError? syntaxError)
    {
        Path = path;
        Text = text;
        Root = root;
        SyntaxError = syntaxError;
        if (root is null)
        {
            return;
        }

        Edition = root.Member("edition") is { Kind: JsonNodeKind.String, Text: var edition } ? edition : null;
        IsWholeDataset = root.Member("layers") is { Kind: JsonNodeKind.Array, Items.Count: > 0 }
            || (Edition is not null && JsonFormat.Instance.Editions.Contains(Edition));
        if (root.Member("layer") is { Kind: JsonNodeKind.Object } layer && layer.Member("requires") is { Kind: JsonNodeKind.Array } requires)
        {
            foreach (var item in requires.Items)
            {
                if (item is { Kind: JsonNodeKind.String, Text: { } required })
                {
                    Requires.Add((required, item));
                }
            }
        }

        if (root.Member("records") is { Kind: JsonNodeKind.Object } records)
        {
            foreach (var group in records.Members)
            {
                if (!JsonFormat.Instance.GroupsByName.TryGetValue(group.Name, out var recordGroup) || group.Value.Kind != JsonNodeKind.Array)
                {
                    continue;
                }

                foreach (var record in group.Value.Items)
                {
                    if (record.Kind == JsonNodeKind.Object && record.Member("id") is { Kind: JsonNodeKind.String, Text: { } id } idNode)
                    {
                        Records.Add(new DataRecord(id, recordGroup.Type, idNode));
                    }
                }
            }
        }
    }

    public string Path { get; }

    public SourceText Text { get; }

    /// <summary>Gets the root value, or <see langword="null"/> when the file is not JSON.</summary>
    public JsonNode? Root { get; }

    public JsonSyntaxError? SyntaxError { get; }

    /// <summary>Gets the edition the file names, if it names one.</summary>
    public string? Edition { get; }

    /// <summary>
    /// Gets whether the file is a whole dataset rather than a layer: an export, which names its layers in a manifest or
    /// carries the edition of the built-in dataset or a shipped layer. It is imported alone, so it stands alone: its
    /// references resolve within it, and its records may repeat the ids of the shipped stack.
    /// </summary>
    public bool IsWholeDataset { get; }

    /// <summary>Gets the editions of <c>layer.requires</c>, each with its place.</summary>
    public List<(string Edition, JsonNode Node)> Requires { get; } = new();

    /// <summary>Gets the records the file adds, in file order.</summary>
    public List<DataRecord> Records { get; } = new();

    public static bool IsDataFile(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    public static DataFile Read(string path, SourceText text)
    {
        var root = JsonTextReader.Read(text, out var error);
        return new DataFile(path, text, root, error);
    }
}

/// <summary>A record a data file adds: its id, its record type, and the place of its id.</summary>
internal sealed class DataRecord
{
    public DataRecord(string id, string type, JsonNode idNode)
    {
        Id = id;
        Type = type;
        IdNode = idNode;
    }

    public string Id { get; }

    public string Type { get; }

    public JsonNode IdNode { get; }
}
