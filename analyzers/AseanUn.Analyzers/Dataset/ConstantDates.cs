using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using AseanUn.Analyzers.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Reads the days a constant date expression of the dataset source stands for: <c>PartialDate</c> factories and
/// NodaTime's <c>LocalDate</c> constructor, single dates or, for the time of a statement, intervals and the open
/// forms <c>Since</c> and <c>Until</c>. Anything not constant is unknown.
/// </summary>
internal static class ConstantDates
{
    private static readonly Action<Diagnostic> Ignore = _ => { };

    /// <summary>Reads a single constant date (a day, month, year, decade or century, qualified or not, or a <c>LocalDate</c>).</summary>
    public static bool TrySingle(IOperation? value, DatasetScope scope, out DateSpan span) => TryRead(value, scope, intervals: false, out span, out _);

    /// <summary>
    /// Reads the constant time of a statement or status step — a single date, an interval or an open interval — and
    /// whether it is qualified (approximate, uncertain), which makes it unfit to contradict another time.
    /// </summary>
    public static bool TryTime(IOperation? value, DatasetScope scope, out DateSpan span, out bool qualified) =>
        TryRead(value, scope, intervals: true, out span, out qualified);

    /// <summary>Reads the validated year, month and day of a day factory or constructor.</summary>
    public static DateSpan? Day(DateArguments arguments, string dayParameter)
    {
        var year = arguments.Year("year");
        var month = arguments.Month("month");
        var day = arguments.Day(year, month, dayParameter);
        return day is null ? null : DateSpan.Day(year!.Value, month!.Value, day.Value);
    }

    private static bool TryRead(IOperation? value, DatasetScope scope, bool intervals, out DateSpan span, out bool qualified)
    {
        value = ConstantValues.SkipConversions(value);
        span = default;
        qualified = false;
        DateSpan? result = null;
        switch (value)
        {
            case IInvocationOperation { TargetMethod.IsStatic: false, Instance: { } instance, TargetMethod.Name: "Approximately" or "WithQualifier" }:
                qualified = true;
                return TryRead(instance, scope, intervals, out span, out _);
            case IInvocationOperation invocation when DatasetScope.Is(invocation.TargetMethod.ContainingType, scope.PartialDate):
                var arguments = new DateArguments(invocation.Arguments, Ignore);
                result = invocation.TargetMethod.Name switch
                {
                    "Day" => Day(arguments, "day"),
                    "Month" => arguments.Year("year") is { } y && arguments.Month("month") is { } m ? DateSpan.Month(y, m) : null,
                    "Year" => arguments.Year("year") is { } whole ? DateSpan.WholeYear(whole) : null,
                    "Decade" => arguments.Decade("firstYear") is { } decade ? DateSpan.Decade(decade) : null,
                    "Century" => arguments.Century("firstYear") is { } century ? DateSpan.Century(century) : null,
                    "FromDate" => TrySingle(arguments.Value("date"), scope, out var date) ? date : null,
                    _ when intervals => Interval(invocation.TargetMethod.Name, arguments, scope),
                    _ => null,
                };
                break;
            case IObjectCreationOperation { Constructor.Parameters.Length: 3 } creation when DatasetScope.Is(creation.Type, scope.LocalDate):
                result = Day(new DateArguments(creation.Arguments, Ignore), "day");
                break;
        }

        span = result.GetValueOrDefault();
        return result is not null;
    }

    // An interval's time runs from its start's first day to its end's last; an open end runs without limit.
    private static DateSpan? Interval(string factory, DateArguments arguments, DatasetScope scope)
    {
        switch (factory)
        {
            case "Between" when TrySingle(arguments.Value("start"), scope, out var start) && TrySingle(arguments.Value("end"), scope, out var end):
                return start.Through(end);
            case "Years" when arguments.Year("firstYear") is { } first && arguments.Year("lastYear") is { } last:
                return DateSpan.WholeYear(first).Through(DateSpan.WholeYear(last));
            case "DayRange" when arguments.Year("year") is { } year && arguments.Month("month") is { } month
                && arguments.Day(year, month, "firstDay") is { } firstDay && arguments.Day(year, month, "lastDay") is { } lastDay:
                return DateSpan.Day(year, month, firstDay).Through(DateSpan.Day(year, month, lastDay));
            case "Since" when TrySingle(arguments.Value("start"), scope, out var since):
                return since.Since();
            case "Until" when TrySingle(arguments.Value("end"), scope, out var until):
                return until.Until();
            default:
                return null;
        }
    }
}
