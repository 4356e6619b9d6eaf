using System.Text;

namespace AseanUn.Presentation;

/// <summary>Names of the model and the format as words for readers: <c>FundOrProgramme</c> and <c>fundOrProgramme</c> are "fund or programme".</summary>
internal static class DisplayWords
{
    /// <summary>Returns <paramref name="name"/> (Pascal or camel case) as lower-case words.</summary>
    public static string Of(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    /// <summary>Returns <paramref name="words"/> with a capital first letter.</summary>
    public static string Sentence(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>Returns the plural of the last word of <paramref name="words"/>: <c>party</c> → <c>parties</c>, <c>action line</c> → <c>action lines</c>.</summary>
    public static string Plural(string words) =>
        words.EndsWith('y') && words.Length > 1 && "aeiou".IndexOf(words[^2]) < 0 ? words[..^1] + "ies"
        : words.EndsWith('s') || words.EndsWith('x') || words.EndsWith("ch", System.StringComparison.Ordinal) || words.EndsWith("sh", System.StringComparison.Ordinal) ? words + "es"
        : words + "s";
}
