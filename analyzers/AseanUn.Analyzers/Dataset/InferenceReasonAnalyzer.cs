using System.Collections.Immutable;
using System.Linq;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks the inferences of the dataset source (AUN0107): each <c>new Inference(property, reason)</c> gives a
/// reason, and, where it is assigned to a record's <c>Inferences</c>, names a property that record type has; each
/// <c>new Statement { Basis = StatementBasis.Inferred }</c> gives a <c>Reason</c> that is not blank.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InferenceReasonAnalyzer : DatasetAnalyzer
{
    private const string InferencesProperty = "Inferences";
    private const string PropertyParameter = "Property";
    private const string ReasonParameter = "Reason";
    private const string BasisProperty = "Basis";
    private const string InferredBasis = "Inferred";
    private const string NoReason = "gives no reason; say in one line why the value follows";

    // An inference sits in a collection expression (conversions, the collection) assigned in a record's initializer:
    // a handful of parents up, never more.
    private const int MaxParentSteps = 8;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InferenceWithoutBasis);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        var inference = context.Compilation.GetTypeByMetadataName(KnownNames.Inference);
        var inferred = context.Compilation.GetTypeByMetadataName(KnownNames.StatementBasis)?.GetMembers(InferredBasis).OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue;
        if (inference is null && inferred is null)
        {
            return;
        }

        context.RegisterOperationAction(
            c => Analyze(c, scope, inference, inferred),
            OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, DatasetScope scope, INamedTypeSymbol? inference, object? inferred)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (inferred is not null && DatasetScope.Is(creation.Type, scope.Statement) && creation.Initializer is { } initializer)
        {
            AnalyzeStatement(context, initializer, inferred);
            return;
        }

        if (!DatasetScope.Is(creation.Type, inference))
        {
            return;
        }

        IArgumentOperation? property = null;
        IArgumentOperation? reason = null;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case PropertyParameter:
                    property = argument;
                    break;
                case ReasonParameter:
                    reason = argument;
                    break;
            }
        }

        var name = property?.Value.ConstantValue is { HasValue: true, Value: string text } ? text : "?";
        if (reason is not null && ConstantValues.SkipConversions(reason.Value)?.ConstantValue is { HasValue: true, Value: var value }
            && (value is not string given || string.IsNullOrWhiteSpace(given)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InferenceWithoutBasis, reason.Value.Syntax.GetLocation(), ReadableText.Of(name), NoReason));
        }

        if (property is not null && name != "?" && RecordOf(creation, scope) is { } record && !HasProperty(record, name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InferenceWithoutBasis, property.Value.Syntax.GetLocation(), ReadableText.Of(name),
                "names no property of " + record.Name));
        }
    }

    // An inferred statement needs a reason that is not blank: reported at a blank reason, or at the basis without one.
    private static void AnalyzeStatement(OperationAnalysisContext context, IObjectOrCollectionInitializerOperation initializer, object inferred)
    {
        if (StatementMembers.Value(initializer, BasisProperty) is not { } basis
            || ConstantValues.SkipConversions(basis)?.ConstantValue is not { HasValue: true, Value: var value }
            || !Equals(value, inferred))
        {
            return;
        }

        var reason = StatementMembers.Value(initializer, ReasonParameter);
        var blank = reason is null
            || (ConstantValues.SkipConversions(reason)?.ConstantValue is { HasValue: true, Value: var text } && (text is not string given || string.IsNullOrWhiteSpace(given)));
        if (blank)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InferenceWithoutBasis, (reason ?? basis).Syntax.GetLocation(), ReadableText.Of(StatementMembers.Property(initializer) ?? "?"), NoReason));
        }
    }

    // The record type whose Inferences the marker is assigned to, if it is assigned in a record's initializer.
    private static ITypeSymbol? RecordOf(IOperation operation, DatasetScope scope)
    {
        var current = operation.Parent;
        for (var step = 0; current is not null && step < MaxParentSteps; step++, current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: InferencesProperty } })
            {
                var owner = current.Parent?.Parent;
                return owner is IObjectCreationOperation or IWithOperation && scope.IsRecordType(owner.Type) ? owner.Type : null;
            }
        }

        return null;
    }

    private static bool HasProperty(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
