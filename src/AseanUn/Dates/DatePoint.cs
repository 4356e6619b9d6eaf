using NodaTime;

namespace AseanUn.Dates;

/// <summary>One end of a <see cref="PartialDate"/>: the span of days it stands for, how precise it is, how qualified.</summary>
internal readonly record struct DatePoint(LocalDate First, LocalDate Last, DatePrecision Precision, DateQualifier Qualifier)
{
    public static readonly DatePoint OpenStart = new(LocalDate.MinIsoValue, LocalDate.MinIsoValue, DatePrecision.Open, DateQualifier.None);

    public static readonly DatePoint OpenEnd = new(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue, DatePrecision.Open, DateQualifier.None);

    public bool IsOpen => Precision == DatePrecision.Open;

    public static DatePoint Day(LocalDate date) => new(date, date, DatePrecision.Day, DateQualifier.None);

    public static DatePoint Month(YearMonth month) =>
        new(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), DatePrecision.Month, DateQualifier.None);

    public static DatePoint Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year, DateQualifier.None);

    public static DatePoint Decade(int firstYear) =>
        new(new LocalDate(firstYear, 1, 1), new LocalDate(firstYear + 9, 12, 31), DatePrecision.Decade, DateQualifier.None);
}
