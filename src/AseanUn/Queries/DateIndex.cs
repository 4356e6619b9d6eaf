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

    public DateIndex(List<(LocalDate Start, LocalDate End, int Ordinal)> spans)
    {
        var shortSpans = new List<(LocalDate Start, LocalDate End, int Ordinal)>();
        var longSpans = new List<(LocalDate Start, LocalDate End, int Ordinal)>();
        foreach (var span in spans)
        {
            (Period.DaysBetween(span.Start, span.End) < ShortSpanDays ? shortSpans : longSpans).Add(span);
        }

        _short = new Run(shortSpans);
        _long = new Run(longSpans);
    }

    /// <summary>Adds the ordinals of the spans that share at least one day with [<paramref name="start"/>, <paramref name="end"/>], in no particular order.</summary>
    public void Overlapping(LocalDate start, LocalDate end, List<int> into)
    {
        var earliest = start.Year > LocalDate.MinIsoValue.Year + 2 ? start.PlusDays(-ShortSpanDays) : LocalDate.MinIsoValue;
        _short.Overlapping(Run.FirstIndex(_short.Starts, earliest, inclusive: true), start, end, into);
        _long.Overlapping(Run.FirstIndex(_long.LatestEnds, start, inclusive: true), start, end, into);
    }

    /// <summary>Spans sorted by start, with the latest end up to each position.</summary>
    private sealed class Run
    {
        private readonly LocalDate[] _ends;
        private readonly int[] _ordinals;

        public Run(List<(LocalDate Start, LocalDate End, int Ordinal)> spans)
        {
            spans.Sort();
            Starts = new LocalDate[spans.Count];
            _ends = new LocalDate[spans.Count];
            _ordinals = new int[spans.Count];
            LatestEnds = new LocalDate[spans.Count];
            for (var i = 0; i < spans.Count; i++)
            {
                (Starts[i], _ends[i], _ordinals[i]) = spans[i];
                LatestEnds[i] = i == 0 || spans[i].End > LatestEnds[i - 1] ? spans[i].End : LatestEnds[i - 1];
            }
        }

        public LocalDate[] Starts { get; }

        public LocalDate[] LatestEnds { get; }

        // Visits the spans from position first up to the last that starts on or before end.
        public void Overlapping(int first, LocalDate start, LocalDate end, List<int> into)
        {
            var last = FirstIndex(Starts, end, inclusive: false);
            for (var i = first; i < last; i++)
            {
                if (_ends[i] >= start)
                {
                    into.Add(_ordinals[i]);
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
