using System;
using System.Collections.Generic;
using AseanUn.Dates;
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
/// still reach the query's start. Days are kept as day counts (<see cref="DayNumber.Of"/>), so every comparison is one of
/// integers rather than of calendar dates, and "400 days earlier" is a subtraction.
/// </remarks>
internal sealed class DateIndex
{
    /// <summary>The longest span kept in the short run: a leap year and a little more.</summary>
    public const int ShortSpanDays = 400;

    // Up to this many candidate spans are gathered on the stack; a wider query allocates its buffer.
    private const int StackCandidates = 256;

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
            long first = DayNumber.Of(start), last = DayNumber.Of(end);
            (last - first < ShortSpanDays ? shortSpans : longSpans).Add((first, last, ordinal));
        }

        _short = new Run(shortSpans, inStartOrder);
        _long = new Run(longSpans, inStartOrder);
    }

    /// <summary>
    /// Returns the distinct ordinals of the spans that share at least one day with [<paramref name="start"/>,
    /// <paramref name="end"/>], ascending.
    /// </summary>
    public int[] OverlappingOrdinals(LocalDate start, LocalDate end)
    {
        var window = WindowOf(start, end);
        var found = window.Candidates <= StackCandidates ? stackalloc int[window.Candidates] : new int[window.Candidates];
        window.Gather(found, out var total);
        return OrdinalSets.SortedUnique(found[..total].ToArray());
    }

    /// <summary>
    /// Returns the items at the ordinals of the spans that share at least one day with [<paramref name="start"/>,
    /// <paramref name="end"/>], in ordinal order, in an array of exactly their number. Only for an index made in start
    /// order, whose ordinals are positions in <paramref name="items"/>: each run then yields ascending ordinals, and
    /// the two are merged into the answer.
    /// </summary>
    public T[] OverlappingInOrder<T>(LocalDate start, LocalDate end, ReadOnlySpan<T> items)
    {
        var window = WindowOf(start, end);
        var found = window.Candidates <= StackCandidates ? stackalloc int[window.Candidates] : new int[window.Candidates];
        var shorts = window.Gather(found, out var total);
        var result = new T[total];
        for (int i = 0, s = 0, l = shorts; i < result.Length; i++)
        {
            result[i] = items[l == total || (s < shorts && found[s] < found[l]) ? found[s++] : found[l++]];
        }

        return result;
    }

    // The positions of each run that can overlap the query; a short span that does starts at most ShortSpanDays before it.
    private Window WindowOf(LocalDate start, LocalDate end)
    {
        long first = DayNumber.Of(start), last = DayNumber.Of(end);
        return new Window(
            _short, Run.FirstIndex(_short.Starts, first - ShortSpanDays, inclusive: true), _short.FirstAfter(last),
            _long, _long.FirstReaching(first), _long.FirstAfter(last),
            first);
    }

    /// <summary>The candidate positions of both runs for one query, and the query's first day.</summary>
    private readonly record struct Window(Run Short, int ShortAt, int ShortEnd, Run Long, int LongAt, int LongEnd, long First)
    {
        /// <summary>Gets how many spans the window holds: a bound on the answer, for sizing a buffer.</summary>
        public int Candidates => Math.Max(0, ShortEnd - ShortAt) + Math.Max(0, LongEnd - LongAt);

        /// <summary>
        /// Copies into <paramref name="found"/> the ordinals of the spans that reach the query's first day, the short
        /// run's then the long run's, each in run order; returns how many are short ones.
        /// </summary>
        public int Gather(Span<int> found, out int total)
        {
            var shorts = Short.CopyOverlapping(ShortAt, ShortEnd, First, found);
            total = shorts + Long.CopyOverlapping(LongAt, LongEnd, First, found[shorts..]);
            return shorts;
        }
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

        // Copies the ordinals of the spans from first up to (not including) last that end on or after start; returns how many.
        public int CopyOverlapping(int first, int last, long start, Span<int> into)
        {
            var count = 0;
            for (var i = first; i < last; i++)
            {
                if (_ends[i] >= start)
                {
                    into[count++] = Ordinals[i];
                }
            }

            return count;
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
