using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>Writes a dataset as one JSON document, byte for byte the same for the same dataset on every platform.</summary>
internal static class DatasetJsonWriter
{
    public static byte[] Write(PartnershipDataset dataset)
    {
        var document = new DatasetDocument
        {
            Version = DatasetDocument.CurrentVersion,
            Edition = dataset.Edition,
            AsOf = dataset.AsOf,
            Layers = dataset.Layers,
            Records = new DatasetRecords(Groups(dataset)),
            Retractions = dataset.Retractions.IsEmpty ? null : dataset.Retractions,
        };

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DatasetJsonOptions.WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, DatasetJsonOptions.InfoOf(typeof(DatasetDocument)));
        }

        buffer.Write("\n"u8);
        return LineFeedsOnly(buffer.WrittenSpan);
    }

    private static IReadOnlyList<PartnershipRecord>[] Groups(PartnershipDataset dataset)
    {
        var groups = new IReadOnlyList<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = dataset.Records.AsSpan()[dataset.GroupRange(g)].ToArray();
        }

        return groups;
    }

    // Before .NET 9 the writer ends lines with Environment.NewLine; JSON strings escape CR and LF, so every CR written
    // raw belongs to a line end and can go.
    private static byte[] LineFeedsOnly(System.ReadOnlySpan<byte> utf8)
    {
#if NET9_0_OR_GREATER
        return utf8.ToArray();
#else
        var result = new byte[utf8.Length];
        var length = 0;
        foreach (var b in utf8)
        {
            if (b != (byte)'\r')
            {
                result[length++] = b;
            }
        }

        return result[..length];
#endif
    }
}
