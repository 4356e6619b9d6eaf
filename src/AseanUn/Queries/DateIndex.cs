using System;
using System.Collections.Generic;
using NodaTime;

namespace AseanUn.Queries;

/// <summary>
/// Spans of days with an ordinal each, answering "which spans share a day with this one" while visiting only spans
/// that can.
/// </summary>
/// <remarks>
/// Spans are split in two runs, each sorted by start. Short spans (up to <see cref="ShortSpanDays"/> days: days,
/// months, years) can only overlap the query if they start between its start less that many days and its end, so
/// two binary searches bound them. Long spans (periods, open-ended "since" intervals) are few; for them the index keeps,
/// at every position, the latest end so far — it never decreases, so a binary search finds the first one that can
/// still reach the query's start.
/// </remarks>
internal sealed class DateIndex
{
    /// <summary>The longest span kept in the short run: a leap year and a little more.</summary>
    public const int ShortSpanDays = 400;

    private readonly Run _short;
    private readonly Run _long;

    /// <summary>Creates the index.</summary>
    /// <param name="spans">The spans with their ordinals.</param>
    /// <param name="inStartOrder">
    /// Whether the ordinals already run in order of start (as a timeline's positions do): the runs then keep the given
    /// order, and <see cref="OverlappingInOrder"/> can answer in ordinal order without sorting.
    /// </param>
    public DateIndex(List<(LocalDate Start, LocalDate End, int Ordinal)> spans, bool inStartOrder = false)
    {
        var shortSpans = new List<(LocalDate Start, LocalDate End, int Ordinal)>();
        var longSpans = new List<(LocalDate Start, LocalDate End, int Ordinal)>();
        foreach (var span in spans)
        {
            (Period.DaysBetween(span.Start, span.End) < ShortSpanDays ? shortSpans : longSpans).Add(span);
        }

        _short = new Run(shortSpans, inStartOrder);
        _long = new Run(longSpans, inStartOrder);
    }

    /// <summary>Adds the ordinals of the spans that share at least one day with [<paramref name="start"/>, <paramref name="end"/>], in no particular order.</summary>
    public void Overlapping(LocalDate start, LocalDate end, List<int> into)
    {
        _short.Overlapping(FirstShort(start), start, end, into);
        _long.Overlapping(FirstLong(start), start, end, into);
    }

    /// <summary>
    /// Returns the ordinals of the spans that share at least one day with [<paramref name="start"/>,
    /// <paramref name="end"/>], ascending, in an array of exactly their number: counted first, then merged from the two
    /// runs. Only for an index made in start order.
    /// </summary>
    public int[] OverlappingInOrder(LocalDate start, LocalDate end)
    {
        int shortAt = FirstShort(start), shortEnd = Run.FirstIndex(_short.Starts, end, inclusive: false);
        int longAt = FirstLong(start), longEnd = Run.FirstIndex(_long.Starts, end, inclusive: false);
        var result = new int[_short.Count(shortAt, shortEnd, start) + _long.Count(longAt, longEnd, start)];
        shortAt = _short.NextOverlapping(shortAt, shortEnd, start);
        longAt = _long.NextOverlapping(longAt, longEnd, start);
        for (var i = 0; i < result.Length; i++)
        {
            if (longAt >= longEnd || (shortAt < shortEnd && _short.Ordinals[shortAt] < _long.Ordinals[longAt]))
            {
                result[i] = _short.Ordinals[shortAt];
                shortAt = _short.NextOverlapping(shortAt + 1, shortEnd, start);
            }
            else
            {
                result[i] = _long.Ordinals[longAt];
                longAt = _long.NextOverlapping(longAt + 1, longEnd, start);
            }
        }

        return result;
    }

    // A short span that overlaps the query starts at most ShortSpanDays before it.
    private int FirstShort(LocalDate start)
    {
        var earliest = start.Year > LocalDate.MinIsoValue.Year + 2 ? start.PlusDays(-ShortSpanDays) : LocalDate.MinIsoValue;
        return Run.FirstIndex(_short.Starts, earliest, inclusive: true);
    }

    // No long span before the first whose latest end so far reaches the query can overlap it.
    private int FirstLong(LocalDate start) => Run.FirstIndex(_long.LatestEnds, start, inclusive: true);

    /// <summary>Spans sorted by start, with the latest end up to each position.</summary>
    private sealed class Run
    {
        private readonly LocalDate[] _ends;

        public Run(List<(LocalDate Start, LocalDate End, int Ordinal)> spans, bool inStartOrder)
        {
            if (!inStartOrder)
            {
                spans.Sort();
            }

            Starts = new LocalDate[spans.Count];
            _ends = new LocalDate[spans.Count];
            Ordinals = new int[spans.Count];
            LatestEnds = new LocalDate[spans.Count];
            for (var i = 0; i < spans.Count; i++)
            {
                (Starts[i], _ends[i], Ordinals[i]) = spans[i];
                LatestEnds[i] = i == 0 || spans[i].End > LatestEnds[i - 1] ? spans[i].End : LatestEnds[i - 1];
            }
        }

        public LocalDate[] Starts { get; }

        public LocalDate[] LatestEnds { get; }

        public int[] Ordinals { get; }

        // How many spans from first up to (not including) last end on or after start.
        public int Count(int first, int last, LocalDate start)
        {
            var count = 0;
            for (var i = first; i < last; i++)
            {
                if (_ends[i] >= start)
                {
                    count++;
                }
            }

            return count;
        }

        // The first position from first on, before last, whose span ends on or after start; last if none.
        public int NextOverlapping(int first, int last, LocalDate start)
        {
            while (first < last && _ends[first] < start)
            {
                first++;
            }

            return first;
        }

        // Visits the spans from position first up to the last that starts on or before end.
        public void Overlapping(int first, LocalDate start, LocalDate end, List<int> into)
        {
            var last = FirstIndex(Starts, end, inclusive: false);
            for (var i = first; i < last; i++)
            {
                if (_ends[i] >= start)
                {
                    into.Add(Ordinals[i]);
                }
            }
        }

        // The first index whose value is >= value (inclusive) or > value (exclusive); values are ascending.
        public static int FirstIndex(LocalDate[] values, LocalDate value, bool inclusive)
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
}
