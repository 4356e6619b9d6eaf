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

    private static readonly ImmutableArray<OperationKind> CallKinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

    private static readonly ImmutableArray<OperationKind> CallAndIndexerKinds = CallKinds.Add(OperationKind.PropertyReference);

    /// <inheritdoc/>
    /// <remarks>This analyzer reports in consumers' code, so it skips generated code itself: every callback returns at once there.</remarks>
    private protected override GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

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
        // Property references matter only where an indexer is marked, assignments only where a property or field is:
        // most compilations have neither, and skip the two commonest operations altogether (ReachableMarks).
        var reachable = ReachableMarks.Of(compilation, places);
        context.RegisterOperationAction(
            c => AnalyzeCall(c, places, checker),
            reachable.Indexers ? CallAndIndexerKinds : CallKinds);
        if (reachable.PropertiesOrFields)
        {
            context.RegisterOperationAction(c => AnalyzeAssignment(c, places, checker), OperationKind.SimpleAssignment);
        }

        context.RegisterOperationAction(
            c => AnalyzeInitializer(c, places, checker),
            OperationKind.FieldInitializer,
            OperationKind.PropertyInitializer,
            OperationKind.ParameterInitializer);

        // Attributes of declarations reach the callbacks above as operations the driver has already bound; those
        // inside bodies (local functions', lambdas') do not, so they are read from their syntax and bound here — only
        // when written by the name of a type that can carry a code.
        context.RegisterSyntaxNodeAction(
            c => AnalyzeAttribute(c, places, checker),
            SyntaxKind.Attribute);
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (context.IsGeneratedCode
            || DeclarationAttributes.Contains(attribute)
            || !places.AttributeNames.MayCarryCodes(attribute.Name)
            || context.SemanticModel.GetOperation(attribute, context.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation }
            || !MayReachCodes(creation.Constructor, creation.Initializer, places))
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
        if (context.IsGeneratedCode)
        {
            return;
        }

        var (callee, arguments, initializer) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments, null),
            IObjectCreationOperation { Syntax: not AttributeSyntax } creation => (creation.Constructor, creation.Arguments, creation.Initializer),
            IObjectCreationOperation { Syntax: AttributeSyntax attribute } creation when DeclarationAttributes.Contains(attribute) =>
                (creation.Constructor, creation.Arguments, creation.Initializer),
            IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer => (indexer.Property, indexer.Arguments, null),
            _ => ((ISymbol?)null, ImmutableArray<IArgumentOperation>.Empty, (IObjectOrCollectionInitializerOperation?)null),
        };

        // A call without arguments or initialiser passes no code (an omitted optional argument is checked at its
        // declaration), so it is answered without a symbol look-up. Asked before the report delegate is made: the
        // path that finds nothing allocates nothing.
        if ((!arguments.IsEmpty || initializer is not null) && MayReachCodes(callee, initializer, places))
        {
            AnalyzeArguments(callee, arguments, initializer, places, checker, context.ReportDiagnostic);
        }
    }

    /// <summary>Gets whether a call has a marked parameter or its initialiser assigns a marked property or field.</summary>
    private static bool MayReachCodes(ISymbol? callee, IObjectOrCollectionInitializerOperation? initializer, MarkedPlaces places) =>
        places.HasMarkedParameter(callee) || AssignsMarkedMember(initializer, places);

    private static void AnalyzeArguments(
        ISymbol? callee,
        ImmutableArray<IArgumentOperation> arguments,
        IObjectOrCollectionInitializerOperation? initializer,
        MarkedPlaces places,
        Lazy<CodeChecker?> checker,
        Action<Diagnostic> report)
    {
        if (checker.Value is not { } codeChecker)
        {
            return;
        }

        var codes = new List<(CodeKind Kind, ConstantString Constant)>();
        var argumentsMarked = places.HasMarkedParameter(callee);
        foreach (var argument in argumentsMarked ? arguments : ImmutableArray<IArgumentOperation>.Empty)
        {
            // An omitted optional argument is checked once, at the parameter's default value.
            var kind = argument.ArgumentKind == ArgumentKind.DefaultValue ? CodeKind.None : places.KindOf(argument.Parameter);
            if (kind == CodeKind.None)
            {
                continue;
            }

            foreach (var constant in ConstantValues.Strings(argument.Value))
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
                        foreach (var constant in ConstantValues.Strings(assignment.Value))
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
        // A named argument of an attribute inside a body is checked where that attribute is bound (AnalyzeAttribute).
        // Most assignments store no constant (a variable, a call's result): they are answered without a symbol look-up.
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (context.IsGeneratedCode
            || !ConstantValues.MaySupplyConstants(assignment.Value)
            || (assignment.Parent is IObjectOrCollectionInitializerOperation { Parent.Syntax: AttributeSyntax attribute } && !DeclarationAttributes.Contains(attribute)))
        {
            return;
        }

        var kind = places.KindOf(AssignedMembers.Of(assignment.Target));
        if (kind != CodeKind.None)
        {
            CheckValue(kind, assignment.Value, checker, context.ReportDiagnostic);
        }
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        switch (context.Operation)
        {
            case IFieldInitializerOperation field:
                foreach (var initialized in field.InitializedFields)
                {
                    CheckValue(places.KindOf(initialized), field.Value, checker, context);
                }

                break;
            case IPropertyInitializerOperation property:
                foreach (var initialized in property.InitializedProperties)
                {
                    CheckValue(places.KindOf(initialized), property.Value, checker, context);
                }

                break;
            case IParameterInitializerOperation parameter:
                CheckValue(places.KindOf(parameter.Parameter), parameter.Value, checker, context);
                break;
        }
    }

    private static void CheckValue(CodeKind kind, IOperation? value, Lazy<CodeChecker?> checker, OperationAnalysisContext context)
    {
        if (kind != CodeKind.None)
        {
            CheckValue(kind, value, checker, context.ReportDiagnostic);
        }
    }

    private static void CheckValue(CodeKind kind, IOperation? value, Lazy<CodeChecker?> checker, Action<Diagnostic> report)
    {
        if (kind == CodeKind.None || checker.Value is not { } codeChecker)
        {
            return;
        }

        foreach (var constant in ConstantValues.Strings(value))
        {
            codeChecker.Check(kind, constant, report);
        }
    }
}
