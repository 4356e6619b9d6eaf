using System.Text;

namespace AseanUn.Generators;

/// <summary>The naming rules the library's JSON and messages follow, applied to C# names.</summary>
internal static class Words
{
    /// <summary>Returns the camel-case JSON name of a property, as the JSON naming policy gives it for these names.</summary>
    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Splits a Pascal-case name into lower-case words: <c>ShortName</c> → <c>short name</c>, <c>IsoAlpha2</c> → <c>iso alpha2</c>.</summary>
    public static string Spaced(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>Returns the word for what a reference names, from its property name: <c>PlaceId</c> → <c>place</c>, <c>ActionLineCodes</c> → <c>action line</c>.</summary>
    public static string Relation(string name)
    {
        foreach (var suffix in new[] { "Ids", "Id", "Codes", "Code" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return Spaced(name.Substring(0, name.Length - suffix.Length));
            }
        }

        return Spaced(name);
    }

    /// <summary>Escapes text for a C# string literal.</summary>
    public static string Literal(string? text) =>
        text is null ? "null" : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "") + "\"";
}
