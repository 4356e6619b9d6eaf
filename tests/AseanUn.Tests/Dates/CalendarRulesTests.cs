using System.Collections.Generic;
using AseanUn.Rules;

namespace AseanUn.Tests.Dates;

public sealed class CalendarRulesTests
{
    [Fact]
    public void The_quick_day_check_agrees_with_the_described_problems()
    {
        // Years at and past the calendar's ends, leap and common years, and every month and day number around the valid ones.
        var disagreements = new List<string>();
        foreach (var year in new[] { -9999, -9998, -1, 0, 1, 1900, 2000, 2023, 2024, 9999, 10000 })
        {
            for (var month = -1; month <= 13; month++)
            {
                for (var day = -1; day <= 32; day++)
                {
                    var described = CalendarRules.YearProblem(year) ?? CalendarRules.MonthProblem(month) ?? CalendarRules.DayProblem(year, month, day);
                    if (CalendarRules.IsDay(year, month, day) != (described is null) || CalendarRules.DateProblem(year, month, day) != described)
                    {
                        disagreements.Add($"{year}-{month}-{day}");
                    }
                }
            }
        }

        Assert.Empty(disagreements);
    }
}
