using NodaTime;

namespace AseanUn.Dates;

/// <summary>One end of a <see cref="PartialDate"/>: the span of days it stands for, how precise it is, how qualified.</summary>
internal readonly record struct DatePoint(LocalDate First, LocalDate Last, DatePrecision Precision, DateQualifier Qualifier)
{
    public static readonly DatePoint OpenStart = Unbounded(LocalDate.MinIsoValue, DatePrecision.Open);

    public static readonly DatePoint OpenEnd = Unbounded(LocalDate.MaxIsoValue, DatePrecision.Open);

    public static readonly DatePoint UnknownStart = Unbounded(LocalDate.MinIsoValue, DatePrecision.Unknown);

    public static readonly DatePoint UnknownEnd = Unbounded(LocalDate.MaxIsoValue, DatePrecision.Unknown);

    /// <summary>Gets whether this end has no bound: open (<c>..</c>) or unknown (empty).</summary>
    public bool IsUnbounded => Precision is DatePrecision.Open or DatePrecision.Unknown;

    public static DatePoint Day(LocalDate date, DatePrecision precision = DatePrecision.Day) => new(date, date, precision, DateQualifier.None);

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

    private static DatePoint Days(LocalDate first, LocalDate last, DatePrecision precision) => new(first, last, precision, DateQualifier.None);

    private static DatePoint Unbounded(LocalDate day, DatePrecision precision) => new(day, day, precision, DateQualifier.None);
}
