using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Writes enum values as camel-case names (<c>memorandumOfUnderstanding</c>) and reads exactly those names: no other
/// casing, no numbers, no lists of names. The import's checks accept the same names, so what reads is what checks.
/// </summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<TEnum>(), JsonNamingPolicy.CamelCase.ConvertName);
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, static name => JsonEncodedText.Encode(name));

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // A handful of short names: comparing the raw text (escapes allowed) with each allocates nothing.
            for (var i = 0; i < Utf8Names.Length; i++)
            {
                if (reader.ValueTextEquals(Utf8Names[i]))
                {
                    return Values[i];
                }
            }
        }

        throw new JsonException($"Expected one of the {TypeWords.Of(typeof(TEnum))} names: {string.Join(", ", Names)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a named {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(EncodedNames[index]);
    }
}
