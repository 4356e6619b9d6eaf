using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Reads the integer arguments of a date factory or constructor by parameter name, and validates them, reporting the
/// first impossible part (AUN0103). A validated part is returned; an impossible or non-constant one is
/// <see langword="null"/>, so callers go on only with what is known to exist.
/// </summary>
internal readonly struct DateArguments(ImmutableArray<IArgumentOperation> arguments, Action<Diagnostic> report)
{
    public IOperation? Value(string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public int? Year(string parameterName, int minYear)
    {
        var (year, syntax) = Constant(parameterName);
        if (year is null || (year >= minYear && year <= CalendarRules.MaxYear))
        {
            return year;
        }

        Report(syntax, $"year {year} is outside {minYear}–{CalendarRules.MaxYear}");
        return null;
    }

    public int? Month(string parameterName)
    {
        var (month, syntax) = Constant(parameterName);
        if (month is null or (>= 1 and <= 12))
        {
            return month;
        }

        Report(syntax, $"there is no month {month}; months are 1–12");
        return null;
    }

    public int? Day(int? year, int? month, string parameterName)
    {
        var (day, syntax) = Constant(parameterName);
        if (day is null)
        {
            return null;
        }

        if (day < 1)
        {
            Report(syntax, $"days are numbered from 1, not {day}");
            return null;
        }

        if (year is null || month is null)
        {
            return null;
        }

        var days = CalendarRules.DaysInMonth(year.Value, month.Value);
        if (day <= days)
        {
            return day;
        }

        Report(syntax, $"{CalendarRules.MonthName(month.Value)} {year} has {days} days, so there is no day {day}");
        return null;
    }

    public int? Decade(string parameterName)
    {
        var (firstYear, syntax) = Constant(parameterName);
        if (firstYear is null)
        {
            return null;
        }

        if (firstYear % 10 != 0 || firstYear < CalendarRules.PartialDateMinYear || firstYear + 9 > CalendarRules.MaxYear)
        {
            Report(syntax, $"a decade starts at a year ending in 0 within 1–{CalendarRules.MaxYear}, not {firstYear}");
            return null;
        }

        return firstYear;
    }

    private (int? Value, SyntaxNode? Syntax) Constant(string parameterName)
    {
        var value = Value(parameterName);
        return value?.ConstantValue is { HasValue: true, Value: int number } ? (number, value.Syntax) : (null, null);
    }

    private void Report(SyntaxNode? syntax, string problem)
    {
        if (syntax is not null)
        {
            report(Diagnostic.Create(Descriptors.ImpossibleDate, syntax.GetLocation(), problem));
        }
    }
}
