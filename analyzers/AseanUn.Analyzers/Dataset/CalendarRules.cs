namespace AseanUn.Analyzers.Dataset;

/// <summary>The ISO calendar facts the date rules need, and the limits of AseanUn's and NodaTime's date types.</summary>
internal static class CalendarRules
{
    /// <summary>The years a <c>PartialDate</c> accepts.</summary>
    public const int PartialDateMinYear = 1;

    /// <summary>The last year both <c>PartialDate</c> and NodaTime's ISO calendar accept.</summary>
    public const int MaxYear = 9999;

    /// <summary>The first year of NodaTime's ISO calendar.</summary>
    public const int IsoMinYear = -9998;

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

    /// <summary>Gets a day as one sortable number, yyyymmdd.</summary>
    public static long DayNumber(int year, int month, int day) => (year * 100L + month) * 100L + day;
}
