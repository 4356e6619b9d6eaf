using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Queries;
using NodaTime;
using Xunit;

namespace AseanUn.Tests.Queries;

public sealed class DateIndexTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [Fact]
    public void Day_counts_agree_with_NodaTime_across_the_whole_calendar()
    {
        var mismatches = new List<string>();
        for (var date = LocalDate.MinIsoValue; date < LocalDate.MaxIsoValue.PlusDays(-97); date = date.PlusDays(97))
        {
            if (DayNumber.Of(date) != Period.DaysBetween(Epoch, date))
            {
                mismatches.Add(date.ToString());
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(Period.DaysBetween(Epoch, LocalDate.MaxIsoValue), DayNumber.Of(LocalDate.MaxIsoValue));
    }

    [Theory]
    [InlineData(2016, 2, 28)]
    [InlineData(2016, 2, 29)]
    [InlineData(2016, 3, 1)]
    [InlineData(1900, 2, 28)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(0, 2, 29)]
    [InlineData(-1, 12, 31)]
    [InlineData(-4, 2, 29)]
    [InlineData(1969, 12, 31)]
    public void Day_counts_are_exact_around_leap_days_and_year_zero(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(Period.DaysBetween(Epoch, date), DayNumber.Of(date));
        Assert.Equal(DayNumber.Of(date) + 1, DayNumber.Of(date.PlusDays(1)));
    }

    [Fact]
    public void Packed_days_come_back_whole_and_order_as_their_dates_do()
    {
        Assert.Equal(DayNumber.MinIsoDay, DayNumber.Packed(LocalDate.MinIsoValue));
        Assert.Equal(DayNumber.MaxIsoDay, DayNumber.Packed(LocalDate.MaxIsoValue));

        var mismatches = new List<string>();
        var previous = int.MinValue;
        for (var date = LocalDate.MinIsoValue; date <= LocalDate.MaxIsoValue.PlusDays(-13); date = date.PlusDays(13))
        {
            var packed = DayNumber.Packed(date);
            if (DayNumber.ToDate(packed) != date || packed <= previous)
            {
                mismatches.Add(date.ToString());
            }

            previous = packed;
        }

        Assert.Empty(mismatches);
    }
}
