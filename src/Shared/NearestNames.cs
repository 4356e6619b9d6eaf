using System;
using System.Collections.Generic;
using System.Globalization;
using AseanUn.Rules;

namespace AseanUn.Validation;

/// <summary>
/// Finds what a mistyped name, code or id most likely meant, for the "did you mean" of problem messages: the candidates
/// at the fewest edits (insertions, deletions, substitutions, swaps of neighbours; case ignored), at most two and fewer
/// than the candidate's length; among equally near ones the closest first (longest shared start, then the nearest
/// final number, so <c>SC.1.9</c> suggests <c>SC.1.8</c> before <c>SC.2.9</c>). Written once and compiled into both
/// the library (its problem messages) and the analyzers (the data-file rules), which word the suggestion each their
/// own way (<c>Ending</c>).
/// </summary>
/// <remarks>
/// The cost is bounded whatever the input: a value longer than <see cref="MaxCompared"/> characters, or more than two
/// characters longer or shorter than a candidate, is never compared with it, so a 16 MiB name costs nothing here, and
/// each comparison is of two short strings (the shared <see cref="EditDistance"/>).
/// </remarks>
internal static partial class NearestNames
{
    /// <summary>The most edits a suggestion may be away.</summary>
    public const int MaxDistance = EditDistance.MaxSuggested;

    /// <summary>The longest value (and candidate) compared: longer than any name, code or id of the format.</summary>
    public const int MaxCompared = 128;

    /// <summary>The most suggestions returned.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>Returns up to <see cref="MaxSuggestions"/> candidates nearest to <paramref name="value"/>, closest first; empty when none is near.</summary>
    public static List<string> For(string? value, IEnumerable<string> candidates)
    {
        var found = new List<(string Candidate, int Distance, int Shared, int Gap)>();
        if (value is null || value.Length > MaxCompared)
        {
            return [];
        }

        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - value.Length) > MaxDistance || candidate.Length > MaxCompared || candidate == value)
            {
                continue;
            }

            var distance = EditDistance.Bounded(value, candidate, ignoreCase: true);
            if (distance <= MaxDistance && distance < candidate.Length)
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
        var result = new List<string>(Math.Min(found.Count, MaxSuggestions));
        for (var i = 0; i < found.Count && i < MaxSuggestions && found[i].Distance == found[0].Distance; i++)
        {
            result.Add(found[i].Candidate);
        }

        return result;
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

    // How far apart the final numbers are ("SC.1.9" and "SC.1.8": 1), so the nearest line or summit comes first.
    private static int NumberGap(string a, string b) =>
        FinalNumber(a) is var x and >= 0 && FinalNumber(b) is var y and >= 0 ? Math.Abs(x - y) : int.MaxValue;

    private static int FinalNumber(string text)
    {
        var start = text.Length;
        while (start > 0 && text[start - 1] is >= '0' and <= '9' && text.Length - start < 6)
        {
            start--;
        }

        return start == text.Length ? -1 : int.Parse(text.Substring(start), CultureInfo.InvariantCulture);
    }
}
