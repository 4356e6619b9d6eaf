using System.Collections.Immutable;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks the inference markers of the dataset source (AUN0107): each <c>new Inference(property, reason)</c> gives a
/// reason, and, where it is assigned to a record's <c>Inferences</c>, names a property that record type has.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InferenceReasonAnalyzer : DatasetAnalyzer
{
    private const string InferencesProperty = "Inferences";
    private const string PropertyParameter = "Property";
    private const string ReasonParameter = "Reason";

    // An inference sits in a collection expression (conversions, the collection) assigned in a record's initializer:
    // a handful of parents up, never more.
    private const int MaxParentSteps = 8;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InferenceWithoutBasis);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        if (context.Compilation.GetTypeByMetadataName(KnownNames.Inference) is not { } inference)
        {
            return;
        }

        context.RegisterOperationAction(
            c => Analyze(c, scope, inference),
            OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, DatasetScope scope, INamedTypeSymbol inference)
    {
        var creation = (IObjectCreationOperation)context.Operation;
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
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InferenceWithoutBasis, reason.Value.Syntax.GetLocation(), ReadableText.Of(name), "gives no reason; say in one line why the value follows"));
        }

        if (property is not null && name != "?" && RecordOf(creation, scope) is { } record && !HasProperty(record, name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InferenceWithoutBasis, property.Value.Syntax.GetLocation(), ReadableText.Of(name),
                "names no property of " + record.Name));
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
