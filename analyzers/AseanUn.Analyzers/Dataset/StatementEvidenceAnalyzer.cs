using System.Collections.Immutable;
using System.Globalization;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Checks the evidence of the statement model in the dataset source: a <c>Statement</c> whose <c>Evidence</c>, or a
/// <c>StatusEntry</c> whose <c>Sources</c>, is written empty (AUN0108), and an <c>Evidence</c> whose constant quote is
/// longer than the model allows (AUN0110).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatementEvidenceAnalyzer : DatasetAnalyzer
{
    /// <summary>The longest quote evidence may carry, in UTF-16 code units, as the model's validation counts them.</summary>
    public const int MaxQuoteLength = 200;

    private const string EvidenceProperty = "Evidence";
    private const string SourcesProperty = "Sources";
    private const string QuoteMember = "Quote";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.StatementWithoutEvidence, Descriptors.QuoteTooLong);

    /// <inheritdoc/>
    private protected override void OnDatasetStart(CompilationStartAnalysisContext context, DatasetScope scope)
    {
        if (scope.Statement is null && scope.StatusEntry is null && scope.Evidence is null)
        {
            return;
        }

        context.RegisterOperationAction(c => Analyze(c, scope), OperationKind.ObjectCreation, OperationKind.With);
    }

    private static void Analyze(OperationAnalysisContext context, DatasetScope scope)
    {
        var operation = context.Operation;
        var type = operation.Type;
        if (DatasetScope.Is(type, scope.Evidence))
        {
            CheckQuotes(operation, context);
        }
        else if (DatasetScope.Is(type, scope.Statement))
        {
            CheckEvidence(operation, EvidenceProperty, context, member => "The statement about '" + ReadableText.Of(member) + "'", StatementMembers.Property);
        }
        else if (DatasetScope.Is(type, scope.StatusEntry))
        {
            CheckEvidence(operation, SourcesProperty, context, member => "The '" + ReadableText.Of(member) + "' step", StatementMembers.Status);
        }
    }

    private static void CheckEvidence(
        IOperation operation,
        string listProperty,
        OperationAnalysisContext context,
        System.Func<string, string> describe,
        System.Func<IObjectOrCollectionInitializerOperation, string?> subject)
    {
        if (AssignedMembers.InitializerOf(operation) is not { } initializer
            || StatementMembers.Value(initializer, listProperty) is not { } list
            || !CitedNothing.Is(list)
            || IsInferenceMarker(initializer))
        {
            return;
        }

        // A with expression names its subject where the copied statement or step was written.
        var named = subject(initializer)
            ?? (operation is IWithOperation { Operand: var operand } && AssignedMembers.InitializerOf(ConstantValues.SkipConversions(operand)!) is { } original ? subject(original) : null);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.StatementWithoutEvidence, list.Syntax.GetLocation(), describe(named ?? "?")));
    }

    // An inferred statement without a value of its own marks the record's value as inferred and rests on the record's
    // sources, as the validator allows: the model's Inferences shorthand writes exactly that.
    private static bool IsInferenceMarker(IObjectOrCollectionInitializerOperation initializer) =>
        StatementMembers.EnumMemberName(StatementMembers.Value(initializer, "Basis")) == "inferred"
        && StatementMembers.Value(initializer, "Value") is null;

    // The quote is the second positional argument or the Quote member of an initialiser or with expression.
    private static void CheckQuotes(IOperation operation, OperationAnalysisContext context)
    {
        if (operation is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == QuoteMember)
                {
                    CheckQuote(argument.Value, context);
                }
            }
        }

        if (AssignedMembers.InitializerOf(operation) is { } initializer && StatementMembers.Value(initializer, QuoteMember) is { } quote)
        {
            CheckQuote(quote, context);
        }
    }

    private static void CheckQuote(IOperation value, OperationAnalysisContext context)
    {
        if (ConstantValues.SkipConversions(value)?.ConstantValue is { HasValue: true, Value: string text } && text.Length > MaxQuoteLength)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.QuoteTooLong,
                value.Syntax.GetLocation(),
                text.Length.ToString("N0", CultureInfo.InvariantCulture),
                MaxQuoteLength.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
