using System;
using System.Linq;
using AseanUn.Dates;
using NodaTime;

namespace AseanUn.Tests.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2011-11-19", DatePrecision.Day, "2011-11-19", "2011-11-19")]
    [InlineData("2011-03", DatePrecision.Month, "2011-03-01", "2011-03-31")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("1977", DatePrecision.Year, "1977-01-01", "1977-12-31")]
    [InlineData("197X", DatePrecision.Decade, "1970-01-01", "1979-12-31")]
    [InlineData("2016~", DatePrecision.Year, "2016-01-01", "2016-12-31")]
    [InlineData("2016-09?", DatePrecision.Month, "2016-09-01", "2016-09-30")]
    [InlineData("2004-06-11%", DatePrecision.Day, "2004-06-11", "2004-06-11")]
    [InlineData("2014-06-19/2014-06-21", DatePrecision.Day, "2014-06-19", "2014-06-21")]
    [InlineData("2016/2020", DatePrecision.Year, "2016-01-01", "2020-12-31")]
    [InlineData("2012/..", DatePrecision.Year, "2012-01-01", "9999-12-31")]
    [InlineData("../2015-07", DatePrecision.Open, "-9998-01-01", "2015-07-31")]
    public void Parse_round_trips_and_knows_its_span(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.ToString());
        Assert.Equal(precision, date.Precision);
        Assert.Equal(start, date.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, date.End.ToString("uuuu-MM-dd", null));
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2015-02-30", "day 30 at position 9 does not exist in 2015-02, which has 28 days")]
    [InlineData("2015-13", "month 13 at position 6 does not exist")]
    [InlineData("15-01-01", "expected a four-digit year at position 1")]
    [InlineData("2015/2014", "the end 2014 comes before the start 2015")]
    [InlineData("2015-06-01/2015-05", "comes before the start")]
    [InlineData("../..", "at least one closed end")]
    [InlineData("..", "only allowed as one end of an interval")]
    [InlineData("2015-1", "expected a two-digit month at position 6")]
    [InlineData("2015-01-01x", "unexpected")]
    [InlineData("2015/2016/2017", "exactly one '/'")]
    [InlineData("-0000", "year 0 is written 0000, without a sign")]
    public void Parse_rejects_invalid_text_saying_why(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Orders_by_span_then_shape()
    {
        var dates = new[] { "2015", "2014-06-19/2014-06-21", "2015-05-01", "2015-05", "2014-06-19", "2012/..", "197X" }
            .Select(PartialDate.Parse).ToList();

        dates.Sort();

        Assert.Equal(
            ["197X", "2012/..", "2014-06-19", "2014-06-19/2014-06-21", "2015", "2015-05-01", "2015-05"],
            dates.Select(d => d.ToString()));
    }

    [Fact]
    public void Ordering_is_consistent_with_equality()
    {
        var plain = PartialDate.Year(2016);
        var approximate = plain.Approximately();

        Assert.NotEqual(plain, approximate);
        Assert.NotEqual(0, plain.CompareTo(approximate));
        Assert.Equal(PartialDate.Parse("2016~"), approximate);
        Assert.Equal(PartialDate.Parse("2016~").GetHashCode(), approximate.GetHashCode());
    }

    [Fact]
    public void Overlap_and_containment_follow_spans()
    {
        var year = PartialDate.Year(2015);
        var june = PartialDate.Month(2015, 6);
        var range = PartialDate.Parse("2014-12-30/2015-01-02");
        var since = PartialDate.Since(PartialDate.Year(2012));

        Assert.True(year.Overlaps(june));
        Assert.True(year.Contains(june));
        Assert.False(june.Contains(year));
        Assert.True(range.Overlaps(year));
        Assert.False(year.Contains(range));
        Assert.False(PartialDate.Year(2014).Overlaps(june));
        Assert.True(since.Contains(PartialDate.Day(2030, 1, 1)));
        Assert.False(since.Overlaps(PartialDate.Year(2011)));
        Assert.True(june.Contains(new LocalDate(2015, 6, 30)));
        Assert.Equal(4, range.DayCount);
        Assert.Null(since.DayCount);
    }

    [Fact]
    public void Factories_reject_impossible_dates()
    {
        var day = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Day(2015, 2, 30));
        Assert.Contains("February 2015 has 28 days, so there is no day 30.", day.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Month(2015, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Decade(1975));
        Assert.Throws<ArgumentException>(() => PartialDate.Years(2020, 2016));
        Assert.Throws<ArgumentException>(() => PartialDate.Between(PartialDate.Years(2010, 2011), PartialDate.Year(2012)));
    }

    [Fact]
    public void Default_value_is_a_valid_day()
    {
        PartialDate value = default;

        Assert.Equal("0001-01-01", value.ToString());
        Assert.Equal(PartialDate.Day(1, 1, 1), value);
        Assert.Equal(DatePrecision.Day, value.Precision);
    }
}
