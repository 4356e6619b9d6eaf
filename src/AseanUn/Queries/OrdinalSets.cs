using System;
using System.Collections.Generic;

namespace AseanUn.Queries;

/// <summary>Sorted, duplicate-free arrays of ordinals, as postings and combined queries use them.</summary>
internal static class OrdinalSets
{
    /// <summary>Sorts <paramref name="ordinals"/> and drops repeats.</summary>
    public static int[] SortedUnique(List<int> ordinals) => SortedUnique(ordinals.ToArray());

    /// <summary>Sorts <paramref name="ordinals"/> in place and returns its distinct values: the array itself when it has no repeats.</summary>
    public static int[] SortedUnique(int[] ordinals)
    {
        Array.Sort(ordinals);
        var count = 0;
        foreach (var ordinal in ordinals)
        {
            if (count == 0 || ordinals[count - 1] != ordinal)
            {
                ordinals[count++] = ordinal;
            }
        }

        return count == ordinals.Length ? ordinals : ordinals[..count];
    }

    /// <summary>Returns the ordinals in both sets; <paramref name="smaller"/> is walked, <paramref name="larger"/> searched.</summary>
    public static int[] Intersect(int[] smaller, int[] larger)
    {
        var result = new List<int>(smaller.Length);
        var position = 0;
        foreach (var ordinal in smaller)
        {
            position = Array.BinarySearch(larger, position, larger.Length - position, ordinal);
            if (position >= 0)
            {
                result.Add(ordinal);
            }
            else
            {
                position = ~position;
            }
        }

        return result.ToArray();
    }

    /// <summary>Returns the ordinals <paramref name="start"/>, …, <paramref name="start"/> + <paramref name="length"/> − 1.</summary>
    public static int[] Range(int start, int length)
    {
        var ordinals = new int[length];
        for (var i = 0; i < length; i++)
        {
            ordinals[i] = start + i;
        }

        return ordinals;
    }
}
