using System;
using System.Linq;
using AseanUn.Dates;

namespace AseanUn.Tests.Dates;

/// <summary>
/// Every feature of EDTF levels 0 and 1 (ISO 8601-2:2019, Library of Congress specification), each with the span of
/// days its example covers, the canonical text it formats to, and the invalid forms the specification rules out.
/// </summary>
public sealed class EdtfConformanceTests
{
    /// <summary>Text, its canonical form, first and last day of its span (empty for unbounded), start precision.</summary>
    public static TheoryData<string, string, string, string, DatePrecision> Accepted => new()
    {
        // Level 0: dates.
        { "1985-04-12", "1985-04-12", "1985-04-12", "1985-04-12", DatePrecision.Day },
        { "1985-04", "1985-04", "1985-04-01", "1985-04-30", DatePrecision.Month },
        { "1985", "1985", "1985-01-01", "1985-12-31", DatePrecision.Year },
        { "0000", "0000", "0000-01-01", "0000-12-31", DatePrecision.Year },
        { "-0999", "-0999", "-0999-01-01", "-0999-12-31", DatePrecision.Year },
        { "-9998-01-01", "-9998-01-01", "-9998-01-01", "-9998-01-01", DatePrecision.Day },
        { "9999-12-31", "9999-12-31", "9999-12-31", "9999-12-31", DatePrecision.Day },
        { "-0004-02-29", "-0004-02-29", "-0004-02-29", "-0004-02-29", DatePrecision.Day },

        // Level 0: date and time; the day is kept, the time and offset are checked and dropped.
        { "2001-02-03T09:30:01", "2001-02-03", "2001-02-03", "2001-02-03", DatePrecision.Day },
        { "2004-01-01T10:10:10Z", "2004-01-01", "2004-01-01", "2004-01-01", DatePrecision.Day },
        { "2004-01-01T10:10:10+05:00", "2004-01-01", "2004-01-01", "2004-01-01", DatePrecision.Day },
        { "1985-04-12T23:20:30-04", "1985-04-12", "1985-04-12", "1985-04-12", DatePrecision.Day },

        // Level 0: intervals.
        { "1964/2008", "1964/2008", "1964-01-01", "2008-12-31", DatePrecision.Year },
        { "2004-06/2006-08", "2004-06/2006-08", "2004-06-01", "2006-08-31", DatePrecision.Month },
        { "2004-02-01/2005-02-08", "2004-02-01/2005-02-08", "2004-02-01", "2005-02-08", DatePrecision.Day },
        { "2004-02-01/2005-02", "2004-02-01/2005-02", "2004-02-01", "2005-02-28", DatePrecision.Day },
        { "2004-02-01/2005", "2004-02-01/2005", "2004-02-01", "2005-12-31", DatePrecision.Day },
        { "2005/2006-02", "2005/2006-02", "2005-01-01", "2006-02-28", DatePrecision.Year },
        { "0000-01/0000-01-03", "0000-01/0000-01-03", "0000-01-01", "0000-01-03", DatePrecision.Month },
        { "1111-01-01/1111", "1111-01-01/1111", "1111-01-01", "1111-12-31", DatePrecision.Day },

        // Level 1: seasons (spring March–May, summer June–August, autumn September–November, winter December–February).
        { "2001-21", "2001-21", "2001-03-01", "2001-05-31", DatePrecision.Season },
        { "2003-22", "2003-22", "2003-06-01", "2003-08-31", DatePrecision.Season },
        { "2000-23", "2000-23", "2000-09-01", "2000-11-30", DatePrecision.Season },
        { "2010-24", "2010-24", "2010-12-01", "2011-02-28", DatePrecision.Season },
        { "2011-24", "2011-24", "2011-12-01", "2012-02-29", DatePrecision.Season },
        { "-2004-23", "-2004-23", "-2004-09-01", "-2004-11-30", DatePrecision.Season },

        // Level 1: qualification of a date.
        { "1984?", "1984?", "1984-01-01", "1984-12-31", DatePrecision.Year },
        { "2004-06~", "2004-06~", "2004-06-01", "2004-06-30", DatePrecision.Month },
        { "2004-06-11%", "2004-06-11%", "2004-06-11", "2004-06-11", DatePrecision.Day },
        { "2001-21?", "2001-21?", "2001-03-01", "2001-05-31", DatePrecision.Season },

        // Level 1: unspecified digits from the right.
        { "201X", "201X", "2010-01-01", "2019-12-31", DatePrecision.Decade },
        { "20XX", "20XX", "2000-01-01", "2099-12-31", DatePrecision.Century },
        { "16XX~", "16XX~", "1600-01-01", "1699-12-31", DatePrecision.Century },
        { "000X", "000X", "0000-01-01", "0009-12-31", DatePrecision.Decade },
        { "2004-XX", "2004-XX", "2004-01-01", "2004-12-31", DatePrecision.UnspecifiedMonth },
        { "1985-04-XX", "1985-04-XX", "1985-04-01", "1985-04-30", DatePrecision.UnspecifiedDay },
        { "1985-XX-XX", "1985-XX-XX", "1985-01-01", "1985-12-31", DatePrecision.UnspecifiedMonthAndDay },
        { "1999-01-XX?", "1999-01-XX?", "1999-01-01", "1999-01-31", DatePrecision.UnspecifiedDay },

        // Level 1: extended intervals: unknown (nothing) and open (..) ends, qualified ends, negative years.
        { "/2006", "/2006", "", "2006-12-31", DatePrecision.Unknown },
        { "2004-06-01/", "2004-06-01/", "2004-06-01", "", DatePrecision.Day },
        { "../1985-04-12", "../1985-04-12", "", "1985-04-12", DatePrecision.Open },
        { "1985-04-12/..", "1985-04-12/..", "1985-04-12", "", DatePrecision.Day },
        { "1984-06-02?/", "1984-06-02?/", "1984-06-02", "", DatePrecision.Day },
        { "1984~/2004-06", "1984~/2004-06", "1984-01-01", "2004-06-30", DatePrecision.Year },
        { "1984/2004-06~", "1984/2004-06~", "1984-01-01", "2004-06-30", DatePrecision.Year },
        { "1984?/2004%", "1984?/2004%", "1984-01-01", "2004-12-31", DatePrecision.Year },
        { "1984-06-02?/2004-08-08~", "1984-06-02?/2004-08-08~", "1984-06-02", "2004-08-08", DatePrecision.Day },
        { "-1000/-0999", "-1000/-0999", "-1000-01-01", "-0999-12-31", DatePrecision.Year },
        { "-2004-02-01/2005", "-2004-02-01/2005", "-2004-02-01", "2005-12-31", DatePrecision.Day },
        { "1923-21/1924", "1923-21/1924", "1923-03-01", "1924-12-31", DatePrecision.Season },
        { "198X/199X", "198X/199X", "1980-01-01", "1999-12-31", DatePrecision.Decade },
        { "2000-XX/2012", "2000-XX/2012", "2000-01-01", "2012-12-31", DatePrecision.UnspecifiedMonth },
    };

    /// <summary>Text the specification rules out (or NodaTime cannot hold), and what the message must say.</summary>
    public static TheoryData<string, string> Rejected => new()
    {
        { "-0000", "year 0 is written 0000, without a sign (position 1)" },
        { "-9999", "year -9999 is outside -9998–9999" },
        { "Y170000002", "year 170000002 at position 1 is outside -9998–9999" },
        { "Y-170000002", "year -170000002 at position 1 is outside -9998–9999" },
        { "Y10000", "year 10000 at position 1 is outside" },
        { "Y010000", "year 10000 at position 1 is outside" },

        // 'Y' is only for years of more than four digits, whatever the digits written: leading zeros do not count.
        { "Y2017", "'Y' (position 1) marks a year of more than four digits, after 9999 or before -9999; write year 2017 as '2017'" },
        { "Y2000", "write year 2000 as '2000'" },
        { "Y-9000", "write year -9000 as '-9000'" },
        { "Y-9998", "write year -9998 as '-9998'" },
        { "Y-9999", "write year -9999 as '-9999'" },
        { "Y-0000", "write year 0 as '0000'" },
        { "Y-0001", "write year -1 as '-0001'" },
        { "Y09999", "write year 9999 as '9999'" },
        { "Y0", "write year 0 as '0000'" },
        { "1964/Y2008", "'Y' (position 6) marks a year of more than four digits" },

        // Intervals join dates, never date-times; a qualifier applies to a date, never to a date-time.
        { "2004-06-11T10:10:10/2004-06-12", "an interval joins dates, not date-times, but a time ('T') follows the day at position 11" },
        { "2004-06-11/2004-06-12T10:10:10", "an interval joins dates, not date-times, but a time ('T') follows the day at position 22" },
        { "2001-02-03T09:30:01Z/2001-02-04", "a time ('T') follows the day at position 11" },
        { "2001-02-03T09:30:01/..", "a time ('T') follows the day at position 11" },
        { "2004-01-01T10:10:10Z~", "a qualifier ('?', '~' or '%') applies to a date, not to a date-time, but '~' follows the time at position 21" },
        { "2004-01-01T10:10:10?", "but '?' follows the time at position 20" },
        { "2004-01-01T10:10:10+05:00%", "but '%' follows the time at position 26" },
        { "y2006", "expected a four-digit year at position 1" },
        { "Y", "expected the digits of a year after 'Y' at position 2" },
        { "Y2000-01", "a year written with 'Y' stands alone, but '-' follows at position 6" },
        { "+2006", "expected a four-digit year at position 1" },
        { "12345", "a fifth follows at position 5; EDTF writes longer years with 'Y' ('Y12345'), but they lie outside -9998–9999" },
        { "1960-06-31", "day 31 at position 9 does not exist in 1960-06, which has 30 days" },
        { "2001-25", "month 25 at position 6 does not exist (months are 01–12, seasons 21–24)" },
        { "2001-20", "month 20 at position 6 does not exist" },
        { "9999-24", "winter 9999 (position 6) runs into year 10000" },
        { "2001-21-01", "unexpected '-' at position 8" },
        { "1984?~", "at most one qualifier" },
        { "2012-10-10T10:10:1", "expected a two-digit second at position 18" },
        { "2012-10-10T1:10:10", "expected a two-digit hour at position 12" },
        { "2012-10-10T10:1:10", "expected a two-digit minute at position 15" },
        { "2012-10-10t10:10:10", "unexpected 't' at position 11" },
        { "2012-10-10T10:10:10Z10", "unexpected '1' at position 21" },
        { "2012-10-10T24:00:00", "hour 24 at position 12 does not exist (hours are 00–23)" },
        { "2012-10-10T10:60:00", "minute 60 at position 15 does not exist" },
        { "2012-10T10:10:10", "expected '-' at position 8 but found 'T'" },
        { "1863- 03-29", "expected a two-digit month at position 6" },
        { " 1863-03-29", "expected a four-digit year at position 1" },
        { "1863-03-29 ", "unexpected ' ' at position 11" },
        { "18 63-03-29", "expected a four-digit year at position 1" },
        { "19X5", "expected a digit at position 3" },
        { "1XXX", "only the last one or two digits of a year may be unspecified" },
        { "-19XX", "a negative year cannot have unspecified digits" },
        { "201X-05", "nothing may follow a year with unspecified digits, but '-' does at position 5" },
        { "1999-XX-05", "after an unspecified month the day must be unspecified too ('XX') at position 9" },
        { "1999-1X", "expected a two-digit month at position 6" },
        { "2012/2011", "the end 2011 comes before the start 2012" },
        { "0001/0000", "the end 0000 comes before the start 0001" },
        { "0000/-0001", "the end -0001 comes before the start 0000" },
        { "0800/-0999", "the end -0999 comes before the start 0800" },
        { "-1000/-2000", "the end -2000 comes before the start -1000" },
        { "0000-02/0000", "the end 0000 begins before the start 0000-02 does (0000-01-01 is before 0000-02-01)" },
        { "2016-06/2016", "the end 2016 begins before the start 2016-06 does (2016-01-01 is before 2016-06-01)" },
        { "0000-01-03/0000-01", "the end 0000-01 begins before the start 0000-01-03 does" },
        { "2000/12-12", "expected a four-digit year at position 6" },
        { "2012///4444", "an interval has exactly one '/', but another follows at position 6" },
        { "2012\\2013", "expected '-' at position 5 but found '\\'" },
        { "/", "an interval needs at least one closed end" },
        { "../..", "an interval needs at least one closed end" },
        { "/..", "an interval needs at least one closed end" },
        { "..", "'..' (open) is only allowed as one end of an interval" },
        { "?", "expected a year at position 1" },
        { "2004/?", "expected a year at position 6" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_feature_is_read_with_the_span_its_example_covers(string text, string canonical, string first, string last, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(canonical, date.ToString());
        Assert.Equal(precision, date.Precision);
        Assert.Equal(first, date.HasOpenStart ? "" : Day(date.Start));
        Assert.Equal(last, date.HasOpenEnd ? "" : Day(date.End));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Every_accepted_example_round_trips_through_its_canonical_text(string text, string canonical, string first, string last, DatePrecision precision)
    {
        _ = (first, last, precision);
        var date = PartialDate.Parse(text);
        var again = PartialDate.Parse(date.ToString());

        Assert.Equal(date, again);
        Assert.Equal(canonical, again.ToString());
        Assert.Equal(0, date.CompareTo(again));
        Assert.Equal(date.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void The_specification_s_invalid_examples_are_rejected_saying_what_and_where(string text, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.StartsWith($"'{text}' is not a valid EDTF date: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.False(PartialDate.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void A_Y_year_of_any_length_is_a_short_clear_error()
    {
        // 200,000 leading zeros write year 1, which needs no 'Y'; 200,000 digits after a 1 write a year NodaTime lacks.
        var zeros = new string('0', 200_000);

        var padded = Assert.Throws<FormatException>(() => PartialDate.Parse("Y" + zeros + "1")).Message;
        var huge = Assert.Throws<FormatException>(() => PartialDate.Parse("Y-1" + zeros)).Message;

        Assert.Equal($"'Y{new string('0', 63)}…' is not a valid EDTF date: 'Y' (position 1) marks a year of more than four digits, after 9999 or before -9999; write year 1 as '0001'.", padded);
        Assert.Equal($"'Y-1{new string('0', 61)}…' is not a valid EDTF date: year -1{new string('0', 63)}… at position 1 is outside -9998–9999, the years NodaTime's calendar holds.", huge);
    }

    [Fact]
    public void A_rejected_text_is_shown_with_its_control_characters_escaped()
    {
        var message = Assert.Throws<FormatException>(() => PartialDate.Parse("\u001b[2J2015\n")).Message;

        Assert.StartsWith(@"'\u001b[2J2015\u000a' is not a valid EDTF date: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, c => c is '\u001b' or '\n');
    }

    [Fact]
    public void A_date_that_spans_the_same_days_as_another_is_still_a_different_value_when_written_differently()
    {
        var year = PartialDate.Parse("2004");
        var someMonth = PartialDate.Parse("2004-XX");
        var someDay = PartialDate.Parse("2004-XX-XX");

        Assert.Equal((year.Start, year.End), (someMonth.Start, someMonth.End));
        Assert.Equal((year.Start, year.End), (someDay.Start, someDay.End));
        Assert.NotEqual(year, someMonth);
        Assert.NotEqual(someMonth, someDay);
        Assert.NotEqual(0, year.CompareTo(someMonth));
    }

    [Fact]
    public void Unknown_and_open_ends_are_distinct_and_unbounded()
    {
        var unknown = PartialDate.Parse("/2006");
        var open = PartialDate.Parse("../2006");

        Assert.True(unknown.HasUnknownStart);
        Assert.False(open.HasUnknownStart);
        Assert.True(unknown.HasOpenStart, "An unknown start is unbounded, as an open one is.");
        Assert.True(open.HasOpenStart);
        Assert.NotEqual(unknown, open);
        Assert.Equal(unknown.Start, open.Start);
        Assert.Null(unknown.DayCount);
        Assert.True(PartialDate.Parse("2004-06-01/").Contains(PartialDate.Year(2050)));
    }

    [Fact]
    public void Qualifiers_mark_each_end_and_leave_unbounded_ends_alone()
    {
        var interval = PartialDate.Parse("1984?/2004-06~");
        var since = PartialDate.Parse("1984/").WithQualifier(DateQualifier.Uncertain);

        Assert.Equal(DateQualifier.Uncertain, interval.Qualifier);
        Assert.Equal(DateQualifier.Approximate, interval.EndQualifier);
        Assert.Equal("1984?/", since.ToString());
        Assert.Equal(DateQualifier.None, since.EndQualifier);
    }

    [Fact]
    public void Century_factory_matches_its_text()
    {
        Assert.Equal(PartialDate.Parse("19XX"), PartialDate.Century(1900));
        Assert.Equal(36524, PartialDate.Century(1900).DayCount); // 1900 is not a leap year
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Century(1950));
    }

    [Fact]
    public void Years_across_the_calendar_s_range_are_accepted_and_ordered()
    {
        var years = new[] { "2016", "-0044", "0000", "-9998", "9999", "-0001" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["-9998", "-0044", "-0001", "0000", "2016", "9999"], years);
    }

    [Fact]
    public void The_shared_calendar_rules_agree_with_NodaTime_in_every_month_of_its_range()
    {
        for (var year = AseanUn.Rules.CalendarRules.MinYear; year <= AseanUn.Rules.CalendarRules.MaxYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                if (AseanUn.Rules.CalendarRules.DaysInMonth(year, month) != NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    Assert.Fail($"{year}-{month:00}: the shared rules and NodaTime disagree on its length.");
                }
            }
        }

        Assert.Equal(AseanUn.Rules.CalendarRules.MinYear, NodaTime.CalendarSystem.Iso.MinYear);
        Assert.Equal(AseanUn.Rules.CalendarRules.MaxYear, NodaTime.CalendarSystem.Iso.MaxYear);
    }

    private static string Day(NodaTime.LocalDate date) => AseanUn.Rules.CalendarRules.YearText(date.Year) + date.ToString("'-'MM'-'dd", null);
}
