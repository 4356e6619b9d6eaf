using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
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
    /// <summary>Reads <paramref name="utf8"/> (no byte-order mark) into a dataset, or returns <see langword="false"/> to leave it to the positioned reading.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="baseDataset">The dataset to merge into, if any.</param>
    /// <param name="dataset">The dataset read, or merged.</param>
    public static bool TryRead(ReadOnlySpan<byte> utf8, PartnershipDataset? baseDataset, [NotNullWhen(true)] out PartnershipDataset? dataset)
    {
        dataset = null;
#if NET10_0_OR_GREATER
        DatasetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, (JsonTypeInfo<DatasetDocument>)DatasetJsonOptions.ImportOptions.GetTypeInfo(typeof(DatasetDocument)));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or not the format's shape: the positioned reading says where and what.
            return false;
        }

        // Updates are applied to positioned records, so a document with updates is read with positions.
        if (document is not { Version: DatasetDocument.CurrentVersion, Records: { } records, Updates: null } || string.IsNullOrWhiteSpace(document.Edition))
        {
            return false;
        }

        var groups = new List<PartnershipRecord>[RecordTypes.Count];
        var entries = new List<RecordEntry>();
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [.. records.Groups[g]];
            for (var i = 0; i < groups[g].Count; i++)
            {
                var record = groups[g][i];
                foreach (var inference in record.Inferences)
                {
                    if (DatasetJsonReader.IsNotAProperty(record.GetType(), inference.Property))
                    {
                        return false;
                    }
                }

                entries.Add(new RecordEntry(record, record.Id, RecordTypes.All[g].Type, RecordTypes.PathOf(g, i)));
            }
        }

        if (DatasetValidator.Validate(entries, baseDataset).Count > 0)
        {
            return false;
        }

        dataset = DatasetJsonReader.Build(document.Edition, document.AsOf, groups, baseDataset, null);
        return true;
#else
        // Before .NET 10 the serializer cannot refuse a repeated property, so every document is read with positions.
        return false;
#endif
    }
}
