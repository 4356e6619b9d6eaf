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
/// Registered once per closed element type, which keeps it trim- and AOT-safe. A null array reads as an empty one
/// (the import refuses it where the property is required); a null item is refused, as the import's checks refuse it.
/// </summary>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>, IRefusesNullWhenRequired
{
    private readonly bool _refuseNull;

    /// <summary>Creates the converter the format registers: a null array reads as an empty one.</summary>
    public EquatableArrayJsonConverter()
        : this(refuseNull: false)
    {
    }

    private EquatableArrayJsonConverter(bool refuseNull) => _refuseNull = refuseNull;

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public JsonConverter RefusingNull() => new EquatableArrayJsonConverter<T>(refuseNull: true);

    /// <inheritdoc/>
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null && !_refuseNull)
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
            items.Add(reader.TokenType != JsonTokenType.Null ? JsonSerializer.Deserialize(ref reader, element)! : throw new JsonException("Expected an item, not null."));
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
