using System;
using AseanUn.Rules;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>
/// Argument checks for date construction. The rules and their wording are the shared <see cref="CalendarRules"/>, which
/// the analyzers apply to constant arguments at compile time.
/// </summary>
internal static class Preconditions
{
    public static int ValidYear(int year) =>
        CalendarRules.YearProblem(year) is { } problem ? throw OutOfRange(nameof(year), year, problem) : year;

    public static YearMonth ValidMonth(int year, int month)
    {
        ValidYear(year);
        return CalendarRules.MonthProblem(month) is { } problem
            ? throw OutOfRange(nameof(month), month, problem)
            : new YearMonth(year, month);
    }

    public static LocalDate ValidDay(int year, int month, int day)
    {
        var yearMonth = ValidMonth(year, month);
        return CalendarRules.DayProblem(year, month, day) is { } problem
            ? throw OutOfRange(nameof(day), day, problem)
            : yearMonth.OnDayOfMonth(day);
    }

    public static int ValidDecade(int firstYear) =>
        CalendarRules.DecadeProblem(firstYear) is { } problem ? throw OutOfRange(nameof(firstYear), firstYear, problem) : firstYear;

    public static int ValidCentury(int firstYear) =>
        CalendarRules.CenturyProblem(firstYear) is { } problem ? throw OutOfRange(nameof(firstYear), firstYear, problem) : firstYear;

    public static LocalDate IsoCalendar(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso
            ? date
            : throw new ArgumentException($"Dates must be in the ISO calendar, not {date.Calendar.Id}.", nameof(date));

    public static void SingleDate(PartialDate value, string parameterName)
    {
        if (value.IsInterval)
        {
            throw new ArgumentException($"An interval end must be a single date, not the interval {value}.", parameterName);
        }
    }

    public static void EndNotBeforeStart(DatePoint start, DatePoint end)
    {
        if (PartialDateText.IntervalProblem(start, end) is { } problem)
        {
            throw new ArgumentException(Sentence(problem), nameof(end));
        }
    }

    private static ArgumentOutOfRangeException OutOfRange(string parameterName, int value, string problem) => new(parameterName, value, Sentence(problem));

    private static string Sentence(string problem) => string.Concat(char.ToUpperInvariant(problem[0]).ToString(), problem.AsSpan(1), ".");
}
