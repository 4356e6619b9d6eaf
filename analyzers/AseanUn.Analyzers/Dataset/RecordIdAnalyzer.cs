using System.Collections.Immutable;
using AseanUn.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Collects the constant ids given to [RecordId] members and the constants given to [RecordReference] members in
/// the dataset source, then reports duplicate ids (AUN0101) and references that name no record of an allowed type
/// (AUN0102).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RecordIdAnalyzer : DatasetAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DuplicateRecordId, Descriptors.UnresolvedReference);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        var catalog = new RecordCatalog();
        context.RegisterOperationAction(
            c => CollectAssignment(c, scope, catalog),
            OperationKind.SimpleAssignment);
        context.RegisterOperationAction(
            c => CollectArguments(c, scope, catalog),
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        context.RegisterCompilationEndAction(c => catalog.Report(c.ReportDiagnostic));
    }

    private static void CollectAssignment(OperationAnalysisContext context, DatasetScope scope, RecordCatalog catalog)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        Collect(AssignedMembers.Of(assignment.Target), assignment.Value, AssignedMembers.TargetObjectType(assignment), scope, catalog);
    }

    private static void CollectArguments(OperationAnalysisContext context, DatasetScope scope, RecordCatalog catalog)
    {
        var (arguments, createdType) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.Arguments, invocation.TargetMethod.ReturnType),
            IObjectCreationOperation creation => (creation.Arguments, creation.Type),
            _ => (ImmutableArray<IArgumentOperation>.Empty, null),
        };

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                Collect(argument.Parameter, argument.Value, createdType, scope, catalog);
            }
        }
    }

    private static void Collect(ISymbol? member, IOperation value, ITypeSymbol? objectType, DatasetScope scope, RecordCatalog catalog)
    {
        if (member is null)
        {
            return;
        }

        var isId = scope.IsRecordId(member);
        var targets = isId ? null : scope.ReferenceTargets(member);
        if (!isId && targets is null)
        {
            return;
        }

        foreach (var constant in ConstantValues.Strings(value))
        {
            var location = constant.Syntax.GetLocation();
            if (isId)
            {
                // Only a concrete record type says what kind of record the id names.
                var recordType = objectType is { IsAbstract: false } && scope.IsRecordType(objectType) ? objectType : null;
                catalog.AddId(new RecordSite(constant.Value, location, recordType, ImmutableArray<string>.Empty));
            }
            else
            {
                catalog.AddReference(new RecordSite(constant.Value, location, null, targets!.Value));
            }
        }
    }
}
