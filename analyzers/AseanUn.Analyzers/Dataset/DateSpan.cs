using System.Globalization;
using AseanUn.Rules;

namespace AseanUn.Analyzers.Dataset;

/// <summary>The days a constant date stands for, first to last, with its text as the rules print it.</summary>
internal readonly struct DateSpan(long first, long last, string text)
{
    public long First { get; } = first;

    public long Last { get; } = last;

    public string Text { get; } = text;

    public static DateSpan Day(int year, int month, int day) =>
        new(CalendarRules.DayNumber(year, month, day), CalendarRules.DayNumber(year, month, day), Year(year) + "-" + Two(month) + "-" + Two(day));

    public static DateSpan Month(int year, int month) =>
        new(CalendarRules.DayNumber(year, month, 1), CalendarRules.DayNumber(year, month, CalendarRules.DaysInMonth(year, month)), Year(year) + "-" + Two(month));

    public static DateSpan WholeYear(int year) =>
        new(CalendarRules.DayNumber(year, 1, 1), CalendarRules.DayNumber(year, 12, 31), Year(year));

    public static DateSpan Decade(int firstYear) =>
        new(CalendarRules.DayNumber(firstYear, 1, 1), CalendarRules.DayNumber(firstYear + 9, 12, 31), Year(firstYear).Substring(0, 3) + "X");

    public static DateSpan Century(int firstYear) =>
        new(CalendarRules.DayNumber(firstYear, 1, 1), CalendarRules.DayNumber(firstYear + 99, 12, 31), Year(firstYear).Substring(0, 2) + "XX");

    /// <summary>The days from this span's first to <paramref name="end"/>'s last: an interval's whole time.</summary>
    public DateSpan Through(DateSpan end) => new(First, end.Last, Text + "/" + end.Text);

    /// <summary>The open interval "no later than" this span: any day up to its last.</summary>
    public DateSpan Until() => new(long.MinValue, Last, "../" + Text);

    /// <summary>The open interval "since" this span: any day from its first on.</summary>
    public DateSpan Since() => new(First, long.MaxValue, Text + "/..");

    /// <summary>Gets whether the two spans share a day, so that both may describe the same time.</summary>
    public bool Overlaps(DateSpan other) => First <= other.Last && other.First <= Last;

    /// <summary>Describes why no interval may run from this span to <paramref name="end"/>, or returns <see langword="null"/>.</summary>
    public string? IntervalProblem(DateSpan end) => CalendarRules.IntervalProblem(First, end.First, end.Last, Text, end.Text);

    private static string Year(int year) => CalendarRules.YearText(year);

    private static string Two(int number) => number.ToString("00", CultureInfo.InvariantCulture);
}
