using System;
using System.Collections.Generic;
using NodaTime;

namespace AseanUn.Queries;

/// <summary>
/// Spans of days with an ordinal each, sorted by start, answering "which spans overlap this one" without visiting
/// spans that start after the query ends or end before it starts.
/// </summary>
/// <remarks>
/// Besides the sorted spans it keeps, for every position, the latest end among the spans up to it. That running
/// maximum never decreases, so a binary search finds the first span that can still reach the query's start, and
/// another finds the last span that starts before the query's end; only the spans between are visited.
/// </remarks>
internal sealed class DateIndex
{
    private readonly LocalDate[] _starts;
    private readonly LocalDate[] _ends;
    private readonly int[] _ordinals;
    private readonly LocalDate[] _latestEnd;

    /// <summary>Creates the index; <paramref name="spans"/> must be sorted by start.</summary>
    public DateIndex(List<(LocalDate Start, LocalDate End, int Ordinal)> spans)
    {
        _starts = new LocalDate[spans.Count];
        _ends = new LocalDate[spans.Count];
        _ordinals = new int[spans.Count];
        _latestEnd = new LocalDate[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            (_starts[i], _ends[i], _ordinals[i]) = spans[i];
            _latestEnd[i] = i == 0 || spans[i].End > _latestEnd[i - 1] ? spans[i].End : _latestEnd[i - 1];
        }
    }

    /// <summary>Adds the ordinals of the spans that share at least one day with [<paramref name="start"/>, <paramref name="end"/>], in index order.</summary>
    public void Overlapping(LocalDate start, LocalDate end, List<int> into)
    {
        var first = FirstIndex(_latestEnd, start, inclusive: true);
        var last = FirstIndex(_starts, end, inclusive: false);
        for (var i = first; i < last; i++)
        {
            if (_ends[i] >= start)
            {
                into.Add(_ordinals[i]);
            }
        }
    }

    // The first index whose value is >= value (inclusive) or > value (exclusive); values are ascending.
    private static int FirstIndex(LocalDate[] values, LocalDate value, bool inclusive)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var before = inclusive ? values[middle] < value : values[middle] <= value;
            if (before)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
