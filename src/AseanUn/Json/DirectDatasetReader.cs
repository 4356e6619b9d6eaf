using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// The import's single pass over a sound document: deserializes it straight into records with
/// <c>DatasetJsonOptions.ImportOptions</c> (.NET 10 and later), which refuse whatever the positioned checks would report, and runs
/// the shared validator over them. At the first doubt it declines, and <see cref="DatasetJsonReader"/> reads the
/// document again with positions to report every problem with its path, line and column. A document it accepts is one
/// the positioned reading accepts, into the same dataset; what it declines costs one extra pass, and only then.
/// </summary>
internal static class DirectDatasetReader
{
    /// <summary>Reads <paramref name="utf8"/> (no byte-order mark) into a dataset, or returns <see langword="null"/> to leave it to the positioned reading.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="baseDataset">The dataset to merge into, if any.</param>
    /// <param name="records">
    /// When the dataset is left to the positioned reading: the document's records by group, if it deserialized (its
    /// problems lie in the rules, or it has updates to apply), so that they need not be deserialized again.
    /// </param>
    /// <param name="documentName">The document's name, which names a merged layer that does not name itself.</param>
    public static PartnershipDataset? TryRead(ReadOnlySpan<byte> utf8, PartnershipDataset? baseDataset, out List<PartnershipRecord>[]? records, string? documentName = null)
    {
        records = null;
#if NET10_0_OR_GREATER
        if (HasOverlongPropertyName(utf8))
        {
            return null;
        }

        DatasetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, (JsonTypeInfo<DatasetDocument>)DatasetJsonOptions.ImportOptions.GetTypeInfo(typeof(DatasetDocument)));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON (or not UTF-8), or not the format's shape: the positioned reading says where and what.
            return null;
        }

        if (document is not { Records: { } read } || !DatasetDocument.IsReadable(document.Version))
        {
            return null;
        }

        records = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < records.Length; g++)
        {
            records[g] = [.. read.Groups[g]];
        }

        // Updates are applied to positioned records, so a document with updates is read with positions.
        // So are a document's retractions, which are checked against its records where they stand.
        if (document.Updates is not null || document.Retractions is not null || string.IsNullOrWhiteSpace(document.Edition) || LayerChecks.Fails(document, baseDataset))
        {
            return null;
        }

        var entries = new List<RecordEntry>();
        for (var g = 0; g < records.Length; g++)
        {
            for (var i = 0; i < records[g].Count; i++)
            {
                var record = records[g][i];
                foreach (var inference in record.Inferences)
                {
                    if (DatasetJsonReader.IsNotAProperty(record.GetType(), inference.Property))
                    {
                        return null;
                    }
                }

                entries.Add(RecordEntry.Of(record, g, i));
            }
        }

        // Room for none: a sound document has no problem to place, so any found is only counted.
        var problems = new ProblemList(0);
        DatasetValidator.Validate(entries, baseDataset, StatementValues.Instance, DatasetValidator.AtPath, problems, baseDataset is null ? null : document.AsOf);
        return problems.Found == 0
            ? new Stacking.DocumentLayer(document.Edition, document.AsOf, document.Layer, document.Layers, documentName).Build(records, baseDataset, null, [])
            : null;
#else
        // Before .NET 10 the serializer cannot refuse a repeated property, so every document is read with positions.
        return null;
#endif
    }

#if NET10_0_OR_GREATER
    // No property of the format has a name near this long; a longer one is unknown.
    private const int MaxPropertyNameBytes = 256;

    // The serializer's error for an unknown property quotes its name in the message and in the path, about eleven
    // bytes per byte of name: a document with a name longer than any of the format's goes straight to the positioned
    // reading, which reports it with the name cut short. The check only tokenizes, allocating nothing.
    private static bool HasOverlongPropertyName(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DatasetJsonOptions.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueSpan.Length > MaxPropertyNameBytes)
                {
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            // Not JSON: the positioned reading says where and what.
            return true;
        }
    }
#endif
}
