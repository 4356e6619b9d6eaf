using System;

namespace AseanUn.Rules;

/// <summary>
/// The spelling distance behind every "did you mean" suggestion, written once and compiled into both the library
/// (unknown JSON property names) and the analyzers (unknown codes), so both bound their work the same way.
/// </summary>
/// <remarks>
/// The distance is the optimal string alignment: insertions, deletions, substitutions and swaps of neighbours each
/// cost one. Only near misses are ever suggested, so two texts whose lengths differ by more than
/// <see cref="MaxSuggested"/> are told apart by their lengths alone: a 100,000-character literal costs no table at all,
/// and a table never holds more than <c>(n + 1) × (n + 1 + MaxSuggested)</c> cells for a name of n characters.
/// </remarks>
internal static class EditDistance
{
    /// <summary>The most edits a suggestion may be away from what was written.</summary>
    public const int MaxSuggested = 2;

    /// <summary>The distance reported for two texts that are not near misses of each other.</summary>
    public const int TooFar = MaxSuggested + 1;

    // The cells this thread has filled, so that tests can count the work instead of timing it.
    [ThreadStatic]
    private static long t_cells;

    /// <summary>Gets the number of table cells the distance computation has filled on the calling thread.</summary>
    internal static long CellsOnThisThread => t_cells;

    /// <summary>Returns whether a text of <paramref name="length"/> characters could be a near miss of a name no longer than <paramref name="longestName"/>.</summary>
    public static bool MayBeNearMiss(int length, int longestName) => length <= longestName + MaxSuggested;

    /// <summary>
    /// Gets the distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <see cref="MaxSuggested"/>, or <see cref="TooFar"/>; with <paramref name="ignoreCase"/>, letters that differ only
    /// in case count as the same.
    /// </summary>
    public static int Bounded(string a, string b, bool ignoreCase = false)
    {
        if (Math.Abs(a.Length - b.Length) > MaxSuggested)
        {
            return TooFar;
        }

        var columns = b.Length + 1;
        t_cells += (long)(a.Length + 1) * columns;

        // Three rows suffice: a swap of neighbours looks two rows back.
        var beforePrevious = new int[columns];
        var previous = new int[columns];
        var current = new int[columns];
        for (var j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < columns; j++)
            {
                var cost = Same(a[i - 1], b[j - 1], ignoreCase) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreCase) && Same(a[i - 2], b[j - 1], ignoreCase))
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[columns - 1], TooFar);
    }

    /// <summary>Returns whether <paramref name="a"/> and <paramref name="b"/> are the same character, case aside when <paramref name="ignoreCase"/>.</summary>
    public static bool Same(char a, char b, bool ignoreCase) =>
        a == b || ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}
