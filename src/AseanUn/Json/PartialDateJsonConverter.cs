using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using AseanUn.Dates;

namespace AseanUn.Json;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its EDTF text, e.g. <c>"2014-06-19/2014-06-21"</c> or <c>"2016~"</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date is an EDTF string, not {reader.TokenType}.");
        }

        return PartialDate.TryParse(reader.GetString(), out var date, out var error) ? date : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
