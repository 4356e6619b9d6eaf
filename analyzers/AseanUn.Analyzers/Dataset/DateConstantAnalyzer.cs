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
                ConstantDates.Day(arguments, "day");
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
                if (ConstantDates.TrySingle(arguments.Value("start"), scope, out var start) && ConstantDates.TrySingle(arguments.Value("end"), scope, out var end))
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
            ConstantDates.Day(arguments, "day");
        }
        else if (DatasetScope.Is(type, scope.YearMonth) && parameters.Length == 2)
        {
            arguments.Year("year");
            arguments.Month("month");
        }
        else if (DatasetScope.Is(type, scope.DateInterval) && parameters.Length == 2
            && ConstantDates.TrySingle(arguments.Value("start"), scope, out var start) && ConstantDates.TrySingle(arguments.Value("end"), scope, out var end))
        {
            ReportIfReversed(start, end, creation.Syntax.GetLocation(), context);
        }
    }

    private static void ReportIfReversed(DateSpan start, DateSpan end, Location location, OperationAnalysisContext context)
    {
        if (start.IntervalProblem(end) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EndBeforeStart, location, char.ToUpperInvariant(problem[0]) + problem.Substring(1)));
        }
    }
}
