using NodaTime;

namespace AseanUn.Dates;

/// <summary>
/// One end of a <see cref="PartialDate"/>: the span of days it stands for, how precise it is, how qualified. The days
/// are packed numbers (<see cref="DayNumber.Packed(int, int, int)"/>), not <see cref="LocalDate"/>s: a type that holds
/// a <see cref="LocalDate"/> loads NodaTime when it is laid out, and the built-in data's dates are read long before
/// anyone asks for a day.
/// </summary>
internal readonly record struct DatePoint(int FirstDay, int LastDay, DatePrecision Precision, DateQualifier Qualifier)
{
    public static readonly DatePoint OpenStart = Unbounded(DayNumber.MinIsoDay, DatePrecision.Open);

    public static readonly DatePoint OpenEnd = Unbounded(DayNumber.MaxIsoDay, DatePrecision.Open);

    public static readonly DatePoint UnknownStart = Unbounded(DayNumber.MinIsoDay, DatePrecision.Unknown);

    public static readonly DatePoint UnknownEnd = Unbounded(DayNumber.MaxIsoDay, DatePrecision.Unknown);

    /// <summary>Gets the first day of the span.</summary>
    public LocalDate First => DayNumber.ToDate(FirstDay);

    /// <summary>Gets the last day of the span.</summary>
    public LocalDate Last => DayNumber.ToDate(LastDay);

    /// <summary>Gets whether this end has no bound: open (<c>..</c>) or unknown (empty).</summary>
    public bool IsUnbounded => Precision is DatePrecision.Open or DatePrecision.Unknown;

    public static DatePoint Day(LocalDate date, DatePrecision precision = DatePrecision.Day) => Days(date, date, precision);

    public static DatePoint Month(YearMonth month, DatePrecision precision = DatePrecision.Month) =>
        Days(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), precision);

    public static DatePoint Year(int year, DatePrecision precision = DatePrecision.Year) => Years(year, 1, precision);

    public static DatePoint Decade(int firstYear) => Years(firstYear, 10, DatePrecision.Decade);

    public static DatePoint Century(int firstYear) => Years(firstYear, 100, DatePrecision.Century);

    /// <summary>Spring (21) is March–May, summer (22) June–August, autumn (23) September–November, winter (24) December–February of the next year.</summary>
    public static DatePoint Season(int year, int season)
    {
        var first = new LocalDate(year, 3 + ((season - 21) * 3), 1);
        return Days(first, first.PlusMonths(3).PlusDays(-1), DatePrecision.Season);
    }

    private static DatePoint Years(int firstYear, int count, DatePrecision precision) =>
        Days(new LocalDate(firstYear, 1, 1), new LocalDate(firstYear + count - 1, 12, 31), precision);

    private static DatePoint Days(LocalDate first, LocalDate last, DatePrecision precision) =>
        new(DayNumber.Packed(first), DayNumber.Packed(last), precision, DateQualifier.None);

    private static DatePoint Unbounded(int day, DatePrecision precision) => new(day, day, precision, DateQualifier.None);
}
