using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// Writes and reads the <c>records</c> object of a document: one property per record type, named and ordered as
/// <see cref="RecordTypes"/> gives them, each an array of that type's records. Each record goes through the metadata
/// the options give for its type (source-generated in the library), so nothing is reflected at run time.
/// </summary>
/// <remarks>
/// A group without records is not written (and reads back as empty), so adding a record type to the model leaves the
/// files of every dataset without records of that type byte for byte as they were.
/// </remarks>
internal sealed class DatasetRecordsConverter : JsonConverter<DatasetRecords>
{
    /// <inheritdoc/>
    public override DatasetRecords Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, not {reader.TokenType}.");
        }

        var groups = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        var seen = new bool[RecordTypes.Count];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var group = RecordTypes.IndexOfGroup(name);
            if (group < 0)
            {
                throw new JsonException($"Unknown record group '{name}'.");
            }

            // A group given twice would silently join two arrays; the import's checks refuse it, and so does this.
            if (seen[group])
            {
                throw new JsonException($"The record group '{name}' is given more than once.");
            }

            seen[group] = true;

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of {name}, not {reader.TokenType}.");
            }

            var info = options.GetTypeInfo(RecordTypes.All[group].Type);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                groups[group].Add(reader.TokenType != JsonTokenType.Null
                    ? (PartnershipRecord)JsonSerializer.Deserialize(ref reader, info)!
                    : throw new JsonException($"Expected a record in {name}, not null."));
            }
        }

        return new DatasetRecords(groups);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DatasetRecords value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var g = 0; g < RecordTypes.Count; g++)
        {
            if (value.Groups[g].Count == 0)
            {
                continue;
            }

            var info = options.GetTypeInfo(RecordTypes.All[g].Type);
            writer.WriteStartArray(RecordTypes.All[g].GroupName);
            foreach (var record in value.Groups[g])
            {
                JsonSerializer.Serialize(writer, record, info);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
