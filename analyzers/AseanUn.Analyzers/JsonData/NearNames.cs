using System.Collections.Generic;
using AseanUn.Rules;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// The "did you mean" of the JSON data rules, worded and bounded as the library's importer words its own: the
/// candidates at the fewest edits (case ignored), at most two and fewer than the candidate's length, up to three; among
/// equally near ones the longest shared start, then the nearest final number, so <c>PS.1.9</c> suggests <c>PS.1.6</c> first.
/// </summary>
/// <remarks>A value more than two characters longer or shorter than a candidate is never compared with it, so a long value costs nothing.</remarks>
internal static class NearNames
{
    private const int MaxSuggestions = 3;

    public static List<string> For(string value, IEnumerable<string> candidates)
    {
        var found = new List<(string Candidate, int Distance, int Shared, int Gap)>();
        foreach (var candidate in candidates)
        {
            if (System.Math.Abs(candidate.Length - value.Length) > EditDistance.MaxSuggested || candidate == value)
            {
                continue;
            }

            var distance = EditDistance.Bounded(value, candidate, ignoreCase: true);
            if (distance <= EditDistance.MaxSuggested && distance < candidate.Length)
            {
                found.Add((candidate, distance, SharedStart(value, candidate), NumberGap(value, candidate)));
            }
        }

        found.Sort(static (a, b) =>
        {
            var order = a.Distance.CompareTo(b.Distance);
            if (order == 0) order = b.Shared.CompareTo(a.Shared);
            if (order == 0) order = a.Gap.CompareTo(b.Gap);
            return order != 0 ? order : string.CompareOrdinal(a.Candidate, b.Candidate);
        });
        var result = new List<string>();
        for (var i = 0; i < found.Count && i < MaxSuggestions && found[i].Distance == found[0].Distance; i++)
        {
            result.Add(found[i].Candidate);
        }

        return result;
    }

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

    private static int SharedStart(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && EditDistance.Same(a[shared], b[shared], ignoreCase: true))
        {
            shared++;
        }

        return shared;
    }

    // How far apart the final numbers are ("PS.1.9" and "PS.1.6": 3); no number, or one too long to matter, is far.
    private static int NumberGap(string a, string b) =>
        FinalNumber(a) is var x and >= 0 && FinalNumber(b) is var y and >= 0 ? System.Math.Abs(x - y) : int.MaxValue;

    private static int FinalNumber(string text)
    {
        var start = text.Length;
        while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9' && text.Length - start < 6)
        {
            start--;
        }

        return start == text.Length ? -1 : int.Parse(text.Substring(start), System.Globalization.CultureInfo.InvariantCulture);
    }
}
