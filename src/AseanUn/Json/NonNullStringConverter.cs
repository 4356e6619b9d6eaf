using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AseanUn.Json;

/// <summary>
/// Reads a string and refuses null: the one-pass import puts it on the string properties the format requires, where
/// the import's checks refuse null (System.Text.Json only checks that a required property is present).
/// </summary>
internal sealed class NonNullStringConverter : JsonConverter<string>
{
    /// <summary>Gets the one instance.</summary>
    public static NonNullStringConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected a string, not {reader.TokenType}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
