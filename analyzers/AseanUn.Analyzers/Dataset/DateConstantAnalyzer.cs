using System;
using System.Collections.Immutable;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks constant dates in the dataset source: <c>PartialDate</c> factories and NodaTime's <c>LocalDate</c>,
/// <c>YearMonth</c> and <c>DateInterval</c> constructors. Reports days, months and years that cannot exist (AUN0103)
/// and intervals whose end comes before their start (AUN0104) — both would otherwise throw when the data loads.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DateConstantAnalyzer : DatasetAnalyzer
{
    private static readonly Action<Diagnostic> Ignore = _ => { };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ImpossibleDate, Descriptors.EndBeforeStart);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        context.RegisterOperationAction(c => AnalyzeFactory(c, scope), OperationKind.Invocation);
        context.RegisterOperationAction(c => AnalyzeConstructor(c, scope), OperationKind.ObjectCreation);
    }

    private static void AnalyzeFactory(OperationAnalysisContext context, DatasetScope scope)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || !DatasetScope.Is(method.ContainingType, scope.PartialDate))
        {
            return;
        }

        var arguments = new DateArguments(invocation.Arguments, context.ReportDiagnostic);
        var location = invocation.Syntax.GetLocation();
        switch (method.Name)
        {
            case "Day":
                PartialDay(arguments, "day");
                break;
            case "Month":
                arguments.Month("month");
                arguments.Year("year");
                break;
            case "Year":
                arguments.Year("year");
                break;
            case "Decade":
                arguments.Decade("firstYear");
                break;
            case "Century":
                arguments.Century("firstYear");
                break;
            case "DayRange":
                var year = arguments.Year("year");
                var month = arguments.Month("month");
                var firstDay = arguments.Day(year, month, "firstDay");
                var lastDay = arguments.Day(year, month, "lastDay");
                if (firstDay is not null && lastDay is not null)
                {
                    ReportIfReversed(DateSpan.Day(year!.Value, month!.Value, firstDay.Value), DateSpan.Day(year.Value, month.Value, lastDay.Value), location, context);
                }

                break;
            case "Years":
                var firstYear = arguments.Year("firstYear");
                var lastYear = arguments.Year("lastYear");
                if (firstYear is not null && lastYear is not null)
                {
                    ReportIfReversed(DateSpan.WholeYear(firstYear.Value), DateSpan.WholeYear(lastYear.Value), location, context);
                }

                break;
            case "Between":
                if (TrySpan(arguments.Value("start"), scope, out var start) && TrySpan(arguments.Value("end"), scope, out var end))
                {
                    ReportIfReversed(start, end, location, context);
                }

                break;
        }
    }

    private static void AnalyzeConstructor(OperationAnalysisContext context, DatasetScope scope)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var parameters = creation.Constructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
        var arguments = new DateArguments(creation.Arguments, context.ReportDiagnostic);
        var type = creation.Type;
        if (DatasetScope.Is(type, scope.LocalDate) && parameters.Length == 3)
        {
            IsoDay(arguments);
        }
        else if (DatasetScope.Is(type, scope.YearMonth) && parameters.Length == 2)
        {
            arguments.Year("year");
            arguments.Month("month");
        }
        else if (DatasetScope.Is(type, scope.DateInterval) && parameters.Length == 2
            && TrySpan(arguments.Value("start"), scope, out var start) && TrySpan(arguments.Value("end"), scope, out var end))
        {
            ReportIfReversed(start, end, creation.Syntax.GetLocation(), context);
        }
    }

    private static DateSpan? PartialDay(DateArguments arguments, string dayParameter)
    {
        var year = arguments.Year("year");
        var month = arguments.Month("month");
        var day = arguments.Day(year, month, dayParameter);
        return day is null ? null : DateSpan.Day(year!.Value, month!.Value, day.Value);
    }

    private static DateSpan? IsoDay(DateArguments arguments)
    {
        var year = arguments.Year("year");
        var month = arguments.Month("month");
        var day = arguments.Day(year, month, "day");
        return day is null ? null : DateSpan.Day(year!.Value, month!.Value, day.Value);
    }

    // The span of a constant single date: a PartialDate day, month, year or decade (qualified or not) or a LocalDate.
    private static bool TrySpan(IOperation? value, DatasetScope scope, out DateSpan span)
    {
        value = ConstantValues.SkipConversions(value);
        span = default;
        DateSpan? result = null;
        switch (value)
        {
            case IInvocationOperation { TargetMethod.IsStatic: false, Instance: { } instance, TargetMethod.Name: "Approximately" or "WithQualifier" }:
                return TrySpan(instance, scope, out span);
            case IInvocationOperation invocation when DatasetScope.Is(invocation.TargetMethod.ContainingType, scope.PartialDate):
                var arguments = new DateArguments(invocation.Arguments, Ignore);
                result = invocation.TargetMethod.Name switch
                {
                    "Day" => PartialDay(arguments, "day"),
                    "Month" => arguments.Year("year") is { } y && arguments.Month("month") is { } m ? DateSpan.Month(y, m) : null,
                    "Year" => arguments.Year("year") is { } whole ? DateSpan.WholeYear(whole) : null,
                    "Decade" => arguments.Decade("firstYear") is { } decade ? DateSpan.Decade(decade) : null,
                    "Century" => arguments.Century("firstYear") is { } century ? DateSpan.Century(century) : null,
                    "FromDate" => TrySpan(arguments.Value("date"), scope, out var date) ? date : null,
                    _ => null,
                };
                break;
            case IObjectCreationOperation { Constructor.Parameters.Length: 3 } creation when DatasetScope.Is(creation.Type, scope.LocalDate):
                result = IsoDay(new DateArguments(creation.Arguments, Ignore));
                break;
        }

        span = result.GetValueOrDefault();
        return result is not null;
    }

    private static void ReportIfReversed(DateSpan start, DateSpan end, Location location, OperationAnalysisContext context)
    {
        if (start.IntervalProblem(end) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EndBeforeStart, location, char.ToUpperInvariant(problem[0]) + problem.Substring(1)));
        }
    }
}
