using System;

namespace AseanUn.Analyzers.Codes;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var rows = a.Length + 1;
        var columns = b.Length + 1;
        var d = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[rows - 1, columns - 1];
    }
}
