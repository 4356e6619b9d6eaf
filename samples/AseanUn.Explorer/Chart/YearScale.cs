using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace AseanUn.Explorer.Chart;

/// <summary>
/// Maps days to x positions: each shown year gets the same width, and a long run of years with no record (the 1980s
/// and 1990s in the report) is folded into a narrow break, so the busy years stay readable.
/// </summary>
internal sealed class YearScale
{
    /// <summary>How many empty years in a row make a break.</summary>
    public const int MinimumGap = 5;

    /// <summary>How wide a break is drawn.</summary>
    public const double BreakWidth = 24;

    private readonly List<(int First, int Last, double X)> _segments = [];

    /// <summary>Builds the scale over the years <paramref name="covered"/> spans, between <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <param name="covered">The first and last year of each mark.</param>
    /// <param name="left">The x of the first day.</param>
    /// <param name="right">The x after the last day.</param>
    public YearScale(IReadOnlyCollection<(int First, int Last)> covered, double left, double right)
    {
        var first = covered.Min(c => c.First);
        var last = covered.Max(c => c.Last);
        var used = new bool[last - first + 1];
        foreach (var (from, to) in covered)
        {
            for (var year = from; year <= to; year++)
            {
                used[year - first] = true;
            }
        }

        var runs = new List<(int First, int Last)>();
        var start = first;
        for (var year = first; year <= last; year++)
        {
            var gapEnd = year;
            while (gapEnd <= last && !used[gapEnd - first])
            {
                gapEnd++;
            }

            if (gapEnd - year >= MinimumGap)
            {
                runs.Add((start, year - 1));
                start = gapEnd;
                year = gapEnd - 1;
            }
        }

        runs.Add((start, last));
        var shownYears = runs.Sum(r => r.Last - r.First + 1);
        YearWidth = (right - left - (BreakWidth * (runs.Count - 1))) / shownYears;
        var x = left;
        foreach (var run in runs)
        {
            _segments.Add((run.First, run.Last, x));
            x += ((run.Last - run.First + 1) * YearWidth) + BreakWidth;
        }
    }

    /// <summary>Gets the width of one year.</summary>
    public double YearWidth { get; }

    /// <summary>Gets the shown runs of years, in order; a break lies between each two.</summary>
    public IEnumerable<(int First, int Last)> Runs => _segments.Select(s => (s.First, s.Last));

    /// <summary>Returns the x where <paramref name="day"/> begins.</summary>
    public double XOf(LocalDate day)
    {
        var segment = _segments.LastOrDefault(s => s.First <= day.Year, _segments[0]);
        var year = Math.Min(Math.Max(day.Year, segment.First), segment.Last + 1);
        var fraction = year == day.Year && year <= segment.Last ? (day.DayOfYear - 1) / (double)CalendarSystem.Iso.GetDaysInYear(day.Year) : 0;
        return segment.X + ((year - segment.First + fraction) * YearWidth);
    }

    /// <summary>Returns the x after the last moment of <paramref name="day"/>.</summary>
    public double XAfter(LocalDate day) => day == LocalDate.MaxIsoValue ? XOf(day) : XOf(day.PlusDays(1));
}
