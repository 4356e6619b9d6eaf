using System.Collections.Immutable;
using System.Linq;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks the citations of the dataset source: a record whose <c>Sources</c> is empty, or whose factory call passes
/// no paragraph (AUN0105), and a cited paragraph its source document does not have (AUN0106).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SourceCitationAnalyzer : DatasetAnalyzer
{
    private const string SourcesProperty = "Sources";
    private const string ParagraphsMethod = "Paragraphs";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MissingSourceCitation, Descriptors.ParagraphOutOfRange);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        var citations = new CitationCatalog();
        var factories = new ParagraphFactories();
        context.RegisterOperationAction(
            c => AnalyzeRecord(c, scope, citations),
            OperationKind.ObjectCreation,
            OperationKind.With);
        context.RegisterOperationAction(
            c => AnalyzeCall(c, scope, factories, citations),
            OperationKind.Invocation);
        context.RegisterCompilationEndAction(c => citations.Report(c.ReportDiagnostic));
    }

    private static void AnalyzeRecord(OperationAnalysisContext context, DatasetScope scope, CitationCatalog citations)
    {
        var operation = context.Operation;
        var type = operation.Type;
        if (operation is IObjectCreationOperation creation && DatasetScope.Is(type, scope.Citation))
        {
            CollectCitation(creation, citations);
            return;
        }

        if (!scope.IsRecordType(type) || AssignedMembers.InitializerOf(operation) is not { } initializer)
        {
            return;
        }

        string? id = null;
        int? paragraphCount = null;
        IOperation? emptySources = null;
        foreach (var member in initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment)
            {
                continue;
            }

            if (scope.IsRecordId(property) && assignment.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                id = text;
            }
            else if (property.Name == SourcesProperty && CitedNothing.Is(assignment.Value))
            {
                emptySources = assignment.Value;
            }
            else if (property.Name == "ParagraphCount" && assignment.Value.ConstantValue is { HasValue: true, Value: int count })
            {
                paragraphCount = count;
            }
        }

        if (emptySources is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingSourceCitation, emptySources.Syntax.GetLocation(), Describe(type!, id)));
        }

        if (id is not null && paragraphCount is not null && DatasetScope.Is(type, scope.SourceDocument))
        {
            citations.AddDocument(id, paragraphCount.Value);
        }
    }

    private static void AnalyzeCall(
        OperationAnalysisContext context,
        DatasetScope scope,
        ParagraphFactories factories,
        CitationCatalog citations)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var paragraphs = invocation.Arguments.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.ParamArray);
        if (paragraphs is null)
        {
            return;
        }

        var isCite = method.Name == ParagraphsMethod && scope.IsCite(method);
        if (!isCite && !(scope.IsRecordType(method.ReturnType) && factories.ForwardsParagraphs(method, context.CancellationToken)))
        {
            return;
        }

        if (scope.CiteReport is { } report)
        {
            foreach (var (paragraph, location) in CitationCatalog.Constants(ConstantValues.Elements(paragraphs.Value)))
            {
                citations.AddCitation(report, paragraph, location);
            }
        }

        // An empty Cite.Paragraphs() is reported where it is assigned to Sources; a factory call is reported here.
        if (!isCite && ConstantValues.IsEmptyCollection(paragraphs.Value))
        {
            var id = invocation.Arguments
                .Where(a => scope.IsRecordId(a.Parameter))
                .Select(a => a.Value.ConstantValue.Value as string)
                .FirstOrDefault(v => v is not null);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingSourceCitation, invocation.Syntax.GetLocation(), Describe(method.ReturnType, id)));
        }
    }

    private static void CollectCitation(IObjectCreationOperation creation, CitationCatalog citations)
    {
        if (creation.Arguments.Length == 2
            && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string document }
            && ConstantValues.SkipConversions(creation.Arguments[1].Value)?.ConstantValue is { HasValue: true, Value: int paragraph })
        {
            // The paragraph is an int? (a whole document is cited without one); a constant paragraph reaches it converted.
            citations.AddCitation(document, paragraph, creation.Arguments[1].Value.Syntax.GetLocation());
        }
    }

    private static string Describe(ITypeSymbol type, string? id) => id is null ? "This " + type.Name : type.Name + " '" + ReadableText.Of(id) + "'";
}
