using NodaTime;
using AseanUn.Rules;

namespace AseanUn.Dates;

/// <summary>Days as numbers, for indexes and as-of answers that compare many days: a <see cref="LocalDate"/> comparison checks the calendars first.</summary>
internal static class DayNumber
{
    /// <summary>The packed form of <see cref="LocalDate.MinIsoValue"/>, the first day of NodaTime's ISO calendar.</summary>
    public const int MinIsoDay = (CalendarRules.MinYear << 9) + (1 << 5) + 1;

    /// <summary>The packed form of <see cref="LocalDate.MaxIsoValue"/>, the last day of NodaTime's ISO calendar.</summary>
    public const int MaxIsoDay = (CalendarRules.MaxYear << 9) + (12 << 5) + 31;

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
    public static long Ordered(LocalDate date) => Packed(date);

    /// <summary>
    /// Packs a day of the ISO calendar, already checked, into the bits of one number that orders as the days do: the
    /// year times 512, the month times 32, and the day. <see cref="PartialDate"/> keeps its days this way, so that reading
    /// one (the built-in data's first look-up among them) does not start NodaTime.
    /// </summary>
    public static int Packed(int year, int month, int day) => (year << 9) + (month << 5) + day;

    /// <summary>Packs <paramref name="date"/> as <see cref="Packed(int, int, int)"/> does.</summary>
    public static int Packed(LocalDate date) => Packed(date.Year, date.Month, date.Day);

    /// <summary>Gets the year of a packed day (the shift rounds down, so negative years come back too).</summary>
    public static int Year(int packed) => packed >> 9;

    /// <summary>Gets the month of a packed day.</summary>
    public static int Month(int packed) => (packed >> 5) & 15;

    /// <summary>Gets the day of the month of a packed day.</summary>
    public static int Day(int packed) => packed & 31;

    /// <summary>Makes the <see cref="LocalDate"/> of a packed day.</summary>
    public static LocalDate ToDate(int packed) => new(Year(packed), Month(packed), Day(packed));
}
