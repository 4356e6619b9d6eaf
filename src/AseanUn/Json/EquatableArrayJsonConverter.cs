using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;

namespace AseanUn.Json;

/// <summary>
/// Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array. Elements go through the source-generated
/// metadata of <typeparamref name="T"/> (looked up in the options' resolver), so nothing is reflected at run time.
/// Registered once per closed element type, which keeps it trim- and AOT-safe.
/// </summary>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, not {reader.TokenType}.");
        }

        var element = ElementInfo(options);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, element)!);
        }

        return EquatableArray.From(items);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var element = ElementInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
