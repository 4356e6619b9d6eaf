using NodaTime;

namespace AseanUn.Dates;

/// <summary>Days as numbers, for indexes and as-of answers that compare many days: a <see cref="LocalDate"/> comparison checks the calendars first.</summary>
internal static class DayNumber
{
    /// <summary>
    /// Counts the days from 1970-01-01 to <paramref name="date"/> in the proleptic Gregorian calendar (negative before),
    /// by the usual era arithmetic: 400-year eras of 146,097 days, years counted from March so that a leap day ends one.
    /// </summary>
    public static long Of(LocalDate date)
    {
        long year = date.Year - (date.Month <= 2 ? 1 : 0);
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (date.Month + (date.Month > 2 ? -3 : 9))) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    /// <summary>
    /// Returns a number that orders days as their dates do (year, month and day packed in bits): cheaper than
    /// <see cref="Of"/>, for comparing days only, never for counting the days between them.
    /// </summary>
    public static long Ordered(LocalDate date) => ((long)date.Year << 9) + (date.Month << 5) + date.Day;
}
