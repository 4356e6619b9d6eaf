using System.Collections.Generic;
using AseanUn.Rules;

namespace AseanUn.Validation;

/// <summary>
/// The JSON data rules' wording of a "did you mean": the library's ranking (shared), each name shown as
/// <see cref="ReadableText"/>, and nothing at all when there is no suggestion.
/// </summary>
internal static partial class NearestNames
{
    /// <summary>Returns the end of a message: <c>; did you mean 'a' or 'b'?</c>, or nothing when there is no suggestion.</summary>
    public static string Ending(List<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.ConvertAll(s => "'" + ReadableText.Of(s) + "'");
        return suggestions.Count == 1
            ? $"; did you mean {quoted[0]}?"
            : $"; did you mean {string.Join(", ", quoted.GetRange(0, quoted.Count - 1))} or {quoted[quoted.Count - 1]}?";
    }
}
