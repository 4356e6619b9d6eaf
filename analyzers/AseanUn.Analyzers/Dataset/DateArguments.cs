using System;
using System.Collections.Immutable;
using AseanUn.Rules;
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

    public int? Year(string parameterName) => Checked(parameterName, CalendarRules.YearProblem);

    public int? Month(string parameterName) => Checked(parameterName, CalendarRules.MonthProblem);

    public int? Day(int? year, int? month, string parameterName)
    {
        var (day, syntax) = Constant(parameterName);
        if (day is null)
        {
            return null;
        }

        // With the month unknown only the lower bound, which every month shares, can be checked.
        var problem = year is not null && month is not null
            ? CalendarRules.DayProblem(year.Value, month.Value, day.Value)
            : day < 1 ? CalendarRules.DayProblem(1, 1, day.Value) : null;
        if (problem is not null)
        {
            Report(syntax, problem);
            return null;
        }

        return year is null || month is null ? null : day;
    }

    public int? Decade(string parameterName) => Checked(parameterName, CalendarRules.DecadeProblem);

    public int? Century(string parameterName) => Checked(parameterName, CalendarRules.CenturyProblem);

    private int? Checked(string parameterName, Func<int, string?> problemOf)
    {
        var (value, syntax) = Constant(parameterName);
        if (value is null || problemOf(value.Value) is not { } problem)
        {
            return value;
        }

        Report(syntax, problem);
        return null;
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
