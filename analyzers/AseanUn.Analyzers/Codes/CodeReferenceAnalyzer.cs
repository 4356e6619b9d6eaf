using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AseanUn.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Checks constant strings that reach places marked [PillarCode], [AreaCode] or [ActionLineCode]: arguments
/// (attribute, indexer and params-array arguments included), assignments, initialisers and default values
/// (AUN0001–AUN0007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CodeReferenceAnalyzer : AseanUnAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownActionLineCode,
        Descriptors.UnknownPillarCode,
        Descriptors.CodeNotUnderStatedParent,
        Descriptors.UnknownAreaCode,
        Descriptors.MalformedCode,
        Descriptors.SupersededActionLine,
        Descriptors.PreferTypedConstant);

    /// <inheritdoc/>
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Without AseanUn in the compilation there is nothing to check: register nothing, cost nothing.
        var places = MarkedPlaces.TryCreate(context.Compilation);
        if (places is null)
        {
            return;
        }

        // The vocabulary is read when the first code is found: code that passes no code never pays for it.
        var compilation = context.Compilation;
        var checker = new Lazy<CodeChecker?>(
            () => CodeVocabulary.TryLoad(compilation) is { } vocabulary ? new CodeChecker(vocabulary) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);

        // Each callback first asks a per-symbol cache whether the member it reaches has a marked place, and returns
        // at once, allocating nothing, when it has not — the answer for almost every call in almost every program.
        context.RegisterOperationAction(
            c => AnalyzeCall(c, places, checker),
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.PropertyReference);
        context.RegisterOperationAction(
            c => AnalyzeAssignment(c, places, checker),
            OperationKind.SimpleAssignment);
        context.RegisterOperationAction(
            c => AnalyzeInitializer(c, places, checker),
            OperationKind.FieldInitializer,
            OperationKind.PropertyInitializer,
            OperationKind.ParameterInitializer);

        // Attributes are read from their syntax: operation callbacks do not reach every attribute (local functions',
        // for one) in every compiler version. Only an attribute written by the name of a type that can carry a code
        // is bound.
        context.RegisterSyntaxNodeAction(
            c => AnalyzeAttribute(c, places, checker),
            SyntaxKind.Attribute);
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        if (!places.AttributeNames.MayCarryCodes(((AttributeSyntax)context.Node).Name)
            || context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation })
        {
            return;
        }

        AnalyzeArguments(creation.Constructor, creation.Arguments, creation.Initializer, places, checker, context.ReportDiagnostic);
        foreach (var member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation assignment)
            {
                CheckValue(places.KindOf(AssignedMembers.Of(assignment.Target)), assignment.Value, checker, context.ReportDiagnostic);
            }
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        switch (context.Operation)
        {
            case IInvocationOperation invocation:
                AnalyzeArguments(invocation.TargetMethod, invocation.Arguments, null, places, checker, context.ReportDiagnostic);
                break;
            case IObjectCreationOperation { Syntax: not AttributeSyntax } creation:
                AnalyzeArguments(creation.Constructor, creation.Arguments, creation.Initializer, places, checker, context.ReportDiagnostic);
                break;
            case IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer:
                AnalyzeArguments(indexer.Property, indexer.Arguments, null, places, checker, context.ReportDiagnostic);
                break;
        }
    }

    private static void AnalyzeArguments(
        ISymbol? callee,
        ImmutableArray<IArgumentOperation> arguments,
        IObjectOrCollectionInitializerOperation? initializer,
        MarkedPlaces places,
        Lazy<CodeChecker?> checker,
        Action<Diagnostic> report)
    {
        var argumentsMarked = places.HasMarkedParameter(callee);
        if ((!argumentsMarked && !AssignsMarkedMember(initializer, places)) || checker.Value is not { } codeChecker)
        {
            return;
        }

        var codes = new List<(CodeKind Kind, ConstantString Constant)>();
        var constants = new List<ConstantString>();
        foreach (var argument in argumentsMarked ? arguments : ImmutableArray<IArgumentOperation>.Empty)
        {
            // An omitted optional argument is checked once, at the parameter's default value.
            var kind = argument.ArgumentKind == ArgumentKind.DefaultValue ? CodeKind.None : places.KindOf(argument.Parameter);
            if (kind == CodeKind.None)
            {
                continue;
            }

            constants.Clear();
            ConstantValues.CollectStrings(argument.Value, constants);
            foreach (var constant in constants)
            {
                codeChecker.Check(kind, constant, report);
                codes.Add((kind, constant));
            }
        }

        // Initialiser assignments are checked one by one as assignments; here they only join the hierarchy check.
        if (initializer is not null)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation assignment)
                {
                    var kind = places.KindOf(AssignedMembers.Of(assignment.Target));
                    if (kind != CodeKind.None)
                    {
                        constants.Clear();
                        ConstantValues.CollectStrings(assignment.Value, constants);
                        foreach (var constant in constants)
                        {
                            codes.Add((kind, constant));
                        }
                    }
                }
            }
        }

        if (codes.Count > 1)
        {
            codeChecker.CheckHierarchy(codes, report);
        }
    }

    /// <summary>Gets whether an object initialiser assigns a marked property or field.</summary>
    private static bool AssignsMarkedMember(IObjectOrCollectionInitializerOperation? initializer, MarkedPlaces places)
    {
        if (initializer is null)
        {
            return false;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation assignment && places.KindOf(AssignedMembers.Of(assignment.Target)) != CodeKind.None)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Parent is IObjectOrCollectionInitializerOperation { Parent.Syntax: AttributeSyntax })
        {
            return;
        }

        CheckValue(places.KindOf(AssignedMembers.Of(assignment.Target)), assignment.Value, checker, context.ReportDiagnostic);
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        switch (context.Operation)
        {
            case IFieldInitializerOperation field:
                foreach (var initialized in field.InitializedFields)
                {
                    CheckValue(places.KindOf(initialized), field.Value, checker, context.ReportDiagnostic);
                }

                break;
            case IPropertyInitializerOperation property:
                foreach (var initialized in property.InitializedProperties)
                {
                    CheckValue(places.KindOf(initialized), property.Value, checker, context.ReportDiagnostic);
                }

                break;
            case IParameterInitializerOperation parameter:
                CheckValue(places.KindOf(parameter.Parameter), parameter.Value, checker, context.ReportDiagnostic);
                break;
        }
    }

    private static void CheckValue(CodeKind kind, IOperation? value, Lazy<CodeChecker?> checker, Action<Diagnostic> report)
    {
        if (kind == CodeKind.None || checker.Value is not { } codeChecker)
        {
            return;
        }

        var constants = new List<ConstantString>();
        ConstantValues.CollectStrings(value, constants);
        foreach (var constant in constants)
        {
            codeChecker.Check(kind, constant, report);
        }
    }
}
