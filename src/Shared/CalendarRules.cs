using System;
using System.Globalization;

namespace AseanUn.Rules;

/// <summary>
/// The ISO calendar facts and date limits, written once and compiled into both the library (<c>PartialDate</c>, run
/// time) and the analyzers (impossible date constants, compile time), so a date one accepts the other accepts too.
/// </summary>
/// <remarks>
/// Every problem is returned as a short phrase ("there is no month 13; months are 1–12"): the analyzers put it into
/// their diagnostic, the library into its exception, so both say the same thing in the same words.
/// </remarks>
internal static class CalendarRules
{
    /// <summary>The first year of NodaTime's ISO calendar, and so of <c>PartialDate</c>.</summary>
    public const int MinYear = -9998;

    /// <summary>The last year of NodaTime's ISO calendar, and so of <c>PartialDate</c>.</summary>
    public const int MaxYear = 9999;

    /// <summary>The first year a decade or century may start in: EDTF writes unspecified digits only in years 0000–9999.</summary>
    public const int MinUnspecifiedYear = 0;

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Gets a day as one sortable number, yyyymmdd (negative years sort before positive ones).</summary>
    public static long DayNumber(int year, int month, int day) => (year * 100L + month) * 100L + day;

    /// <summary>Formats a year as EDTF writes it: four digits at least, with a sign when negative (<c>-0044</c>).</summary>
    public static string YearText(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Describes why <paramref name="year"/> is not a year of the calendar, or returns <see langword="null"/>.</summary>
    public static string? YearProblem(int year) =>
        year >= MinYear && year <= MaxYear ? null : Invariant($"year {year} is outside {MinYear}–{MaxYear}");

    /// <summary>Describes why <paramref name="month"/> is not a month, or returns <see langword="null"/>.</summary>
    public static string? MonthProblem(int month) =>
        month >= 1 && month <= 12 ? null : Invariant($"there is no month {month}; months are 1–12");

    /// <summary>Describes why <paramref name="day"/> is not a day of an existing month, or returns <see langword="null"/>.</summary>
    public static string? DayProblem(int year, int month, int day)
    {
        if (day < 1)
        {
            return Invariant($"days are numbered from 1, not {day}");
        }

        var days = DaysInMonth(year, month);
        return day <= days ? null : Invariant($"{MonthName(month)} {year} has {days} days, so there is no day {day}");
    }

    /// <summary>Describes the first impossible part of a day, or returns <see langword="null"/> when it exists.</summary>
    public static string? DateProblem(int year, int month, int day) =>
        IsDay(year, month, day) ? null : YearProblem(year) ?? MonthProblem(month) ?? DayProblem(year, month, day);

    /// <summary>
    /// Gets whether the day exists: what <see cref="DateProblem"/> says without a phrase, for readers of many days that
    /// describe a problem only when there is one (a fresh process compiles one small method, not four).
    /// </summary>
    public static bool IsDay(int year, int month, int day) =>
        year >= MinYear && year <= MaxYear && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    /// <summary>Describes why a decade cannot start at <paramref name="firstYear"/>, or returns <see langword="null"/>.</summary>
    public static string? DecadeProblem(int firstYear) => UnspecifiedYearsProblem(firstYear, 10, "decade");

    /// <summary>Describes why a century cannot start at <paramref name="firstYear"/>, or returns <see langword="null"/>.</summary>
    public static string? CenturyProblem(int firstYear) => UnspecifiedYearsProblem(firstYear, 100, "century");

    /// <summary>Gets whether an interval whose start's first day is <paramref name="startFirst"/> ends, by its end's first day, before it begins.</summary>
    public static bool IsReversed(long startFirst, long endFirst) => endFirst < startFirst;

    /// <summary>
    /// Describes why an interval from a span that begins on <paramref name="startFirst"/> to the span
    /// <paramref name="endFirst"/>–<paramref name="endLast"/> (day numbers) is reversed, or returns <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// Each end is a span of days. The end may not begin before the start begins (as EDTF reads <c>2004-02-01/2005</c>
    /// and <c>0000-01/0000-01-03</c> as intervals, but not <c>0000-02/0000</c>), so the interval's first day is its
    /// start's first day and its last day is its end's last day.
    /// </remarks>
    public static string? IntervalProblem(long startFirst, long endFirst, long endLast, string startText, string endText)
    {
        if (!IsReversed(startFirst, endFirst))
        {
            return null;
        }

        return endLast < startFirst
            ? $"the end {endText} comes before the start {startText}"
            : $"the end {endText} begins before the start {startText} does ({DayText(endFirst)} is before {DayText(startFirst)})";
    }

    private static string? UnspecifiedYearsProblem(int firstYear, int length, string what) =>
        firstYear % length == 0 && firstYear >= MinUnspecifiedYear && firstYear + length - 1 <= MaxYear
            ? null
            : Invariant($"a {what} starts at a year ending in {(length == 10 ? "0" : "00")} within {MinUnspecifiedYear}–{MaxYear}, not {firstYear}");

    private static string DayText(long dayNumber)
    {
        var year = (int)(dayNumber / 10000);
        var rest = (int)(dayNumber - year * 10000L);
        if (rest < 0)
        {
            // A negative year's month and day are stored as an offset above year * 10000.
            year -= 1;
            rest += 10000;
        }

        return YearText(year) + "-" + (rest / 100).ToString("00", CultureInfo.InvariantCulture) + "-" + (rest % 100).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
