using System;
using System.Collections.Generic;
using AseanUn.Rules;
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
/// still reach the query's start. Days are kept as sortable numbers (<see cref="CalendarRules.DayNumber"/>), so every
/// comparison is one of integers rather than of calendar dates.
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
        var shortSpans = new List<(long Start, long End, int Ordinal)>();
        var longSpans = new List<(long Start, long End, int Ordinal)>();
        foreach (var (start, end, ordinal) in spans)
        {
            (Period.DaysBetween(start, end) < ShortSpanDays ? shortSpans : longSpans).Add((Day(start), Day(end), ordinal));
        }

        _short = new Run(shortSpans, inStartOrder);
        _long = new Run(longSpans, inStartOrder);
    }

    /// <summary>Adds the ordinals of the spans that share at least one day with [<paramref name="start"/>, <paramref name="end"/>], in no particular order.</summary>
    public void Overlapping(LocalDate start, LocalDate end, List<int> into)
    {
        long first = Day(start), last = Day(end);
        _short.Overlapping(FirstShort(start), first, last, into);
        _long.Overlapping(_long.FirstReaching(first), first, last, into);
    }

    /// <summary>
    /// Returns the items at the ordinals of the spans that share at least one day with [<paramref name="start"/>,
    /// <paramref name="end"/>], in ordinal order, in an array of exactly their number: counted first, then merged from
    /// the two runs. Only for an index made in start order, whose ordinals are positions in <paramref name="items"/>.
    /// </summary>
    public T[] OverlappingInOrder<T>(LocalDate start, LocalDate end, ReadOnlySpan<T> items)
    {
        long first = Day(start), last = Day(end);
        int shortAt = FirstShort(start), shortEnd = _short.FirstAfter(last);
        int longAt = _long.FirstReaching(first), longEnd = _long.FirstAfter(last);
        var result = new T[_short.Count(shortAt, shortEnd, first) + _long.Count(longAt, longEnd, first)];
        shortAt = _short.NextOverlapping(shortAt, shortEnd, first);
        longAt = _long.NextOverlapping(longAt, longEnd, first);
        for (var i = 0; i < result.Length; i++)
        {
            if (longAt >= longEnd || (shortAt < shortEnd && _short.Ordinals[shortAt] < _long.Ordinals[longAt]))
            {
                result[i] = items[_short.Ordinals[shortAt]];
                shortAt = _short.NextOverlapping(shortAt + 1, shortEnd, first);
            }
            else
            {
                result[i] = items[_long.Ordinals[longAt]];
                longAt = _long.NextOverlapping(longAt + 1, longEnd, first);
            }
        }

        return result;
    }

    private static long Day(LocalDate date) => CalendarRules.DayNumber(date.Year, date.Month, date.Day);

    // A short span that overlaps the query starts at most ShortSpanDays before it.
    private int FirstShort(LocalDate start)
    {
        var earliest = start.Year > LocalDate.MinIsoValue.Year + 2 ? start.PlusDays(-ShortSpanDays) : LocalDate.MinIsoValue;
        return Run.FirstIndex(_short.Starts, Day(earliest), inclusive: true);
    }

    /// <summary>Spans sorted by start, with the latest end up to each position.</summary>
    private sealed class Run
    {
        private readonly long[] _ends;
        private readonly long[] _latestEnds;

        public Run(List<(long Start, long End, int Ordinal)> spans, bool inStartOrder)
        {
            if (!inStartOrder)
            {
                spans.Sort();
            }

            Starts = new long[spans.Count];
            _ends = new long[spans.Count];
            _latestEnds = new long[spans.Count];
            Ordinals = new int[spans.Count];
            for (var i = 0; i < spans.Count; i++)
            {
                (Starts[i], _ends[i], Ordinals[i]) = spans[i];
                _latestEnds[i] = i == 0 ? _ends[i] : Math.Max(_ends[i], _latestEnds[i - 1]);
            }
        }

        public long[] Starts { get; }

        public int[] Ordinals { get; }

        // No span before the first whose latest end so far reaches start can overlap a query from start.
        public int FirstReaching(long start) => FirstIndex(_latestEnds, start, inclusive: true);

        // The first position whose span starts after end.
        public int FirstAfter(long end) => FirstIndex(Starts, end, inclusive: false);

        // How many spans from first up to (not including) last end on or after start.
        public int Count(int first, int last, long start)
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
        public int NextOverlapping(int first, int last, long start)
        {
            while (first < last && _ends[first] < start)
            {
                first++;
            }

            return first;
        }

        // Visits the spans from position first up to the last that starts on or before end.
        public void Overlapping(int first, long start, long end, List<int> into)
        {
            var last = FirstAfter(end);
            for (var i = first; i < last; i++)
            {
                if (_ends[i] >= start)
                {
                    into.Add(Ordinals[i]);
                }
            }
        }

        // The first index whose value is >= value (inclusive) or > value (exclusive); values are ascending.
        public static int FirstIndex(long[] values, long value, bool inclusive)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (inclusive ? values[middle] < value : values[middle] <= value)
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
