using System;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>Argument checks for date construction, with messages that name the impossible value.</summary>
internal static class Preconditions
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static int ValidYear(int year) =>
        year is >= MinYear and <= MaxYear
            ? year
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is outside {MinYear}–{MaxYear}.");

    public static YearMonth ValidMonth(int year, int month)
    {
        ValidYear(year);
        return month is >= 1 and <= 12
            ? new YearMonth(year, month)
            : throw new ArgumentOutOfRangeException(nameof(month), month, $"Month {month} does not exist (months are 1–12).");
    }

    public static LocalDate ValidDay(int year, int month, int day)
    {
        var yearMonth = ValidMonth(year, month);
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day >= 1 && day <= days
            ? yearMonth.OnDayOfMonth(day)
            : throw new ArgumentOutOfRangeException(nameof(day), day, $"Day {day} does not exist in {yearMonth:yyyy-MM} (it has {days} days).");
    }

    public static int ValidDecade(int firstYear) =>
        ValidYear(firstYear) % 10 == 0 && firstYear + 9 <= MaxYear
            ? firstYear
            : throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, $"A decade starts at a year ending in 0, not {firstYear}.");

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
        if (end.First < start.First || end.Last < start.Last)
        {
            throw new ArgumentException($"The end {PartialDateText.Format(end)} comes before the start {PartialDateText.Format(start)}.", "end");
        }
    }
}
