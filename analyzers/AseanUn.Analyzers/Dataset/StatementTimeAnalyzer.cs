using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks the times of a record's status statements and history steps against each other (AUN0109): a lasting act
/// dated twice at times that do not meet, a history step listed after a later one, an instrument's <c>Date</c> that
/// meets none of its signing, adoption, publication or issue steps, and a step dated after the as-of date of the
/// documents it cites. Approximate and other qualified times contradict nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatementTimeAnalyzer : DatasetAnalyzer
{
    private const string DateProperty = "Date";
    private const string AsOfProperty = "AsOf";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ContradictoryTime);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        if (scope.StatusEntry is null && scope.Statement is null)
        {
            return;
        }

        var catalog = new AsOfCatalog();
        context.RegisterOperationAction(c => AnalyzeRecord(c, scope, catalog), OperationKind.ObjectCreation, OperationKind.With);
        context.RegisterCompilationEndAction(c => catalog.Report(c.ReportDiagnostic));
    }

    private static void AnalyzeRecord(OperationAnalysisContext context, DatasetScope scope, AsOfCatalog catalog)
    {
        var operation = context.Operation;
        var type = operation.Type;
        if (!scope.IsRecordType(type) || AssignedMembers.InitializerOf(operation) is not { } initializer)
        {
            return;
        }

        if (DatasetScope.Is(type, scope.SourceDocument))
        {
            AddDocument(initializer, scope, catalog);
            return;
        }

        var steps = StatusSteps.Read(initializer, scope);
        steps.RemoveAll(s => s.IsQualified);
        if (steps.Count == 0)
        {
            return;
        }

        ReportRepeatedActs(steps, context);
        ReportHistoryOrder(steps, context);
        if (DatasetScope.Is(type, scope.Instrument))
        {
            ReportDateAgainstActs(StatementMembers.Value(initializer, DateProperty), steps, scope, context);
        }

        foreach (var step in steps)
        {
            catalog.AddStep(step);
        }
    }

    private static void AddDocument(IObjectOrCollectionInitializerOperation initializer, DatasetScope scope, AsOfCatalog catalog)
    {
        string? id = null;
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                && scope.IsRecordId(property) && assignment.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                id = text;
            }
        }

        if (id is not null && ConstantDates.TryTime(StatementMembers.Value(initializer, AsOfProperty), scope, out var asOf, out var qualified) && !qualified)
        {
            catalog.AddDocument(id, asOf);
        }
    }

    // A lasting act happens once: two steps of it whose times share no day cannot both be true. A step already
    // reported is no measure for later ones, so that one wrong date is reported once.
    private static void ReportRepeatedActs(List<StatusStep> steps, OperationAnalysisContext context)
    {
        var reported = new HashSet<StatusStep>();
        for (var later = 1; later < steps.Count; later++)
        {
            var step = steps[later];
            if (!step.IsLastingAct)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                var other = steps[earlier];
                if (other.Status == step.Status && !reported.Contains(other) && !other.Time.Overlaps(step.Time))
                {
                    Report(context, step, other, $"'{ReadableText.Of(step.Status)}' is dated {step.Time.Text} here but {other.Time.Text} at {RecordSite.Describe(other.TimeSyntax.GetLocation())}: an act that lasts happens once");
                    reported.Add(step);
                    break;
                }
            }
        }
    }

    // A history lists its steps in date order: a step wholly before one listed earlier is out of place.
    private static void ReportHistoryOrder(List<StatusStep> steps, OperationAnalysisContext context)
    {
        StatusStep? latest = null;
        foreach (var step in steps)
        {
            if (!step.InHistory)
            {
                continue;
            }

            if (latest is not null && step.Time.Last < latest.Time.First)
            {
                Report(context, step, latest, $"This step ({step.Time.Text}) is listed after a step dated {latest.Time.Text}: a history goes in date order");
            }
            else if (latest is null || step.Time.First > latest.Time.First)
            {
                latest = step;
            }
        }
    }

    // An instrument's Date is the time of its signing, adoption, publication or issue; it must meet one such step.
    private static void ReportDateAgainstActs(IOperation? date, List<StatusStep> steps, DatasetScope scope, OperationAnalysisContext context)
    {
        if (date is null || !ConstantDates.TryTime(date, scope, out var span, out var qualified) || qualified)
        {
            return;
        }

        StatusStep? act = null;
        foreach (var step in steps)
        {
            if (step.IsDatedAct)
            {
                if (step.Time.Overlaps(span))
                {
                    return;
                }

                act ??= step;
            }
        }

        if (act is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ContradictoryTime,
                date.Syntax.GetLocation(),
                [act.TimeSyntax.GetLocation()],
                $"The date {span.Text} contradicts the '{ReadableText.Of(act.Status)}' step dated {act.Time.Text} at {RecordSite.Describe(act.TimeSyntax.GetLocation())}: an instrument's date is the time of its act"));
        }
    }

    private static void Report(OperationAnalysisContext context, StatusStep step, StatusStep other, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ContradictoryTime, step.TimeSyntax.GetLocation(), [other.TimeSyntax.GetLocation()], message));
}
