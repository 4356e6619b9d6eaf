using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace AseanUn.Explorer.Chart;

/// <summary>
/// Maps days to x positions on a piecewise scale that gives the width to where the records are: each shown year is as
/// wide as the marks that begin in it ask for (a year with many records is wide, a year with none narrow), and a run of
/// years with no record at all (the 1980s and 1990s in the report) folds into a narrow break.
/// </summary>
/// <remarks>
/// A year's weight is <see cref="EmptyYearWeight"/> plus the number of marks that begin in it raised to
/// <see cref="BusyYearExponent"/>: busy years grow, but not so much that a quiet year with one summit disappears. Within a year, days are spaced evenly.
/// </remarks>
internal sealed class YearScale
{
    /// <summary>How many empty years in a row make a break.</summary>
    public const int MinimumGap = 5;

    /// <summary>How wide a break is drawn.</summary>
    public const double BreakWidth = 28;

    /// <summary>The weight of a shown year where no mark begins.</summary>
    public const double EmptyYearWeight = 0.3;

    /// <summary>How a year's weight grows with the marks that begin in it: less than in proportion, so a quiet year with one summit keeps room.</summary>
    public const double BusyYearExponent = 0.75;

    private readonly List<(int First, int Last)> _runs = [];
    private readonly Dictionary<int, (double X, double Width)> _years = [];
    private readonly double _left;
    private readonly double _right;

    /// <summary>Builds the scale between <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <param name="marks">The first and last year of each mark.</param>
    /// <param name="left">The x of the first day.</param>
    /// <param name="right">The x after the last day.</param>
    public YearScale(IReadOnlyCollection<(int First, int Last)> marks, double left, double right)
    {
        _left = left;
        _right = right;
        var first = marks.Min(c => c.First);
        var last = marks.Max(c => c.Last);
        var used = new bool[last - first + 1];
        var starts = new int[last - first + 1];
        foreach (var (from, to) in marks)
        {
            starts[from - first]++;
            for (var year = from; year <= to; year++)
            {
                used[year - first] = true;
            }
        }

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
                _runs.Add((start, year - 1));
                start = gapEnd;
                year = gapEnd - 1;
            }
        }

        _runs.Add((start, last));
        double Weight(int year) => EmptyYearWeight + Math.Pow(starts[year - first], BusyYearExponent);
        var totalWeight = _runs.Sum(r => Enumerable.Range(r.First, r.Last - r.First + 1).Sum(Weight));
        var unit = (right - left - (BreakWidth * (_runs.Count - 1))) / totalWeight;
        var x = left;
        foreach (var run in _runs)
        {
            for (var year = run.First; year <= run.Last; year++)
            {
                _years[year] = (x, Weight(year) * unit);
                x += Weight(year) * unit;
            }

            x += BreakWidth;
        }
    }

    /// <summary>Gets the shown runs of years, in order; a break lies between each two.</summary>
    public IReadOnlyList<(int First, int Last)> Runs => _runs;

    /// <summary>Returns the width of a shown year (0 for a year in a break or outside the scale).</summary>
    public double WidthOf(int year) => _years.TryGetValue(year, out var shown) ? shown.Width : 0;

    /// <summary>Returns the x where <paramref name="day"/> begins; a day in a break or outside the scale goes to the nearest shown edge.</summary>
    public double XOf(LocalDate day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            return year.X + ((day.DayOfYear - 1) / (double)CalendarSystem.Iso.GetDaysInYear(day.Year) * year.Width);
        }

        if (day.Year < _runs[0].First)
        {
            return _left;
        }

        // After the last shown year before it: the end of that run (where the break, or the scale, begins).
        var before = _runs.Last(r => r.First <= day.Year);
        var end = _years[before.Last];
        return Math.Min(end.X + end.Width, _right);
    }

    /// <summary>Returns the x after the last moment of <paramref name="day"/>.</summary>
    public double XAfter(LocalDate day) => day == LocalDate.MaxIsoValue ? XOf(day) : XOf(day.PlusDays(1));
}
