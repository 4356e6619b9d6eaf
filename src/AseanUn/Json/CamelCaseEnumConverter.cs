using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AseanUn.Json;

/// <summary>Writes enum values as camel-case names (<c>memorandumOfUnderstanding</c>) and reads only those names, never numbers.</summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
