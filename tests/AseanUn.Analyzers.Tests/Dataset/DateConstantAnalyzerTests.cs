using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.DateConstantAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class DateConstantAnalyzerTests
{
    private static Task VerifyDates(string expressions, params DiagnosticResult[] expected) => Verify.VerifyAsync(
        "internal static class Dates\n{\n    private static readonly object[] All =\n    [\n" + expressions + "\n    ];\n}\n",
        expected);

    private static DiagnosticResult Impossible(int marker, string problem) =>
        new DiagnosticResult(Descriptors.ImpossibleDate).WithLocation(marker).WithMessage("Impossible date: " + problem);

    private static DiagnosticResult Reversed(int marker, string end, string start) => Reversed(marker, $"The end {end} comes before the start {start}");

    private static DiagnosticResult Reversed(int marker, string message) =>
        new DiagnosticResult(Descriptors.EndBeforeStart).WithLocation(marker).WithMessage(message);

    [Fact]
    public Task Days_months_and_years_that_cannot_exist_are_reported_at_the_impossible_part() => VerifyDates(
        """
        new LocalDate(2015, 2, {|#0:30|}),
        new LocalDate(2016, 2, 29),
        new YearMonth(2015, {|#1:13|}),
        PartialDate.Day(2015, 4, {|#2:31|}),
        PartialDate.Day(2000, 2, 29),
        PartialDate.Day(1900, 2, {|#3:29|}),
        PartialDate.Month(2015, {|#4:0|}),
        PartialDate.Year({|#5:-9999|}),
        PartialDate.Year(0),
        PartialDate.Day(-44, 3, 15),
        PartialDate.Century(1900),
        PartialDate.Century({|#9:1950|}),
        PartialDate.Decade({|#6:1975|}),
        PartialDate.Decade(1970),
        PartialDate.DayRange(2014, 6, 19, {|#7:31|}),
        PartialDate.Day(day: {|#8:0|}, month: 3, year: 2011),
        PartialDate.Years(2016, 2020),
        """,
        Impossible(0, "February 2015 has 28 days, so there is no day 30"),
        Impossible(1, "there is no month 13; months are 1–12"),
        Impossible(2, "April 2015 has 30 days, so there is no day 31"),
        Impossible(3, "February 1900 has 28 days, so there is no day 29"),
        Impossible(4, "there is no month 0; months are 1–12"),
        Impossible(5, "year -9999 is outside -9998–9999"),
        Impossible(6, "a decade starts at a year ending in 0 within 0–9999, not 1975"),
        Impossible(7, "June 2014 has 30 days, so there is no day 31"),
        Impossible(8, "days are numbered from 1, not 0"),
        Impossible(9, "a century starts at a year ending in 00 within 0–9999, not 1950"));

    [Fact]
    public Task Intervals_whose_end_comes_before_their_start_are_reported() => VerifyDates(
        """
        {|#0:PartialDate.DayRange(2014, 6, 21, 19)|},
        PartialDate.DayRange(2014, 6, 19, 21),
        {|#1:PartialDate.Years(2020, 2016)|},
        {|#2:PartialDate.Between(PartialDate.Month(2016, 3), PartialDate.Day(2016, 2, 10).Approximately())|},
        PartialDate.Between(PartialDate.Year(2016), PartialDate.Month(2016, 6)),
        {|#3:PartialDate.Between(PartialDate.Month(2016, 3), PartialDate.Year(2016))|},
        PartialDate.Between(PartialDate.Month(2016, 1), PartialDate.Year(2016)),
        {|#5:PartialDate.Between(PartialDate.Month(2016, 6), PartialDate.Year(2016))|},
        PartialDate.Between(PartialDate.Decade(2000), PartialDate.Year(2016)),
        {|#4:new DateInterval(new LocalDate(2016, 5, 2), new LocalDate(2016, 5, 1))|},
        new DateInterval(new LocalDate(2016, 5, 1), new LocalDate(2016, 5, 1)),
        """,
        Reversed(0, "2014-06-19", "2014-06-21"),
        Reversed(1, "2016", "2020"),
        Reversed(2, "2016-02-10", "2016-03"),
        Reversed(3, "The end 2016 begins before the start 2016-03 does (2016-01-01 is before 2016-03-01)"),
        Reversed(4, "2016-05-01", "2016-05-02"),
        Reversed(5, "The end 2016 begins before the start 2016-06 does (2016-01-01 is before 2016-06-01)"));

    [Fact]
    public Task Dates_with_values_known_only_at_run_time_are_left_alone() => Verify.VerifyAsync("""
        internal static class Dates
        {
            public static PartialDate Of(int year, int month, int day) => PartialDate.Day(year, month, day);
            public static PartialDate Range(int last) => PartialDate.DayRange(2014, 6, 21, last);
            public static LocalDate Today(LocalDate d) => new LocalDate(d.Year, 2, 28);
        }
        """);
}
