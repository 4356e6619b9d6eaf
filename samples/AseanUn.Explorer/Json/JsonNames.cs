using System;
using System.Text.Json;

namespace AseanUn.Explorer.Json;

/// <summary>
/// The one spelling of names in <c>--json</c>: camel case, as the library's JSON interchange writes enum values
/// (<c>inForce</c>, <c>fundOrProgramme</c>), record types (<c>memberState</c>) and property names (<c>placeId</c>).
/// </summary>
internal static class JsonNames
{
    /// <summary>Returns <paramref name="name"/> in camel case: <c>InForce</c> → <c>inForce</c>.</summary>
    public static string Of(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>Returns an enum value's name in camel case: <c>InstrumentStatus.InForce</c> → <c>inForce</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());
}
