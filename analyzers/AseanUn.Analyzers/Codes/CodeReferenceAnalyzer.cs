using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        // Where every call, creation and assignment that can reach a mark writes the name of what it reaches — so in
        // almost every compilation — one callback per tree finds those names in its text and binds only the syntax
        // they stand in; a tree that writes none, as most do, returns at once. A callback per operation, however
        // quickly it returns, is charged the driver's dispatch of each call and creation of the compilation.
        var reachable = ReachableMarks.Of(compilation, places);
        if (reachable.AllNamed)
        {
            var names = new SourceNames(reachable.Names, CallNames(reachable));
            var generatedCode = new Lazy<INamedTypeSymbol?>(
                () => GeneratedDeclarations.AttributeIn(compilation),
                LazyThreadSafetyMode.PublicationOnly);
            context.RegisterSemanticModelAction(c => AnalyzeTree(c, names, reachable, places, checker, generatedCode));
            return;
        }

        // Otherwise each callback first asks a per-symbol cache whether the member it reaches has a marked place, and
        // returns at once, allocating nothing, when it has not. Property references matter only where an indexer is
        // marked, assignments only where a property or field is (ReachableMarks).
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

    // A target-typed creation names no type, and a constructor initializer names none either.
    private static IEnumerable<string> CallNames(ReachableMarks reachable) =>
        (reachable.Constructors ? new[] { "new" } : [])
            .Concat(reachable.InitializedConstructors ? new[] { "base", "this" } : []);

    private static void AnalyzeTree(
        SemanticModelAnalysisContext context,
        SourceNames names,
        ReachableMarks reachable,
        MarkedPlaces places,
        Lazy<CodeChecker?> checker,
        Lazy<INamedTypeSymbol?> generatedCode)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (context.IsGeneratedCode)
        {
            return;
        }

        var written = names.Find(tree);
        if (written.Length == 0)
        {
            return;
        }

        // One buffer and one delegate per tree, not per candidate: most candidates report nothing, and those that do
        // are kept only where the driver would not count their declaration as generated code.
        var found = new List<Diagnostic>();
        Action<Diagnostic> collect = found.Add;
        foreach (var node in CodeCandidates.Find(tree.GetRoot(context.CancellationToken), written, reachable))
        {
            var operation = context.SemanticModel.GetOperation(node, context.CancellationToken);
            if (operation is IExpressionStatementOperation statement)
            {
                operation = statement.Operation;
            }

            if (operation is null)
            {
                continue;
            }

            AnalyzeOperation(operation, places, checker, collect);
            if (found.Count > 0)
            {
                if (!GeneratedDeclarations.Contain(node, context.SemanticModel, generatedCode.Value, context.CancellationToken))
                {
                    foreach (var diagnostic in found)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }

                found.Clear();
            }
        }
    }

    /// <summary>Reports what one candidate's operation passes to marked places, as the operation callbacks would.</summary>
    private static void AnalyzeOperation(IOperation operation, MarkedPlaces places, Lazy<CodeChecker?> checker, Action<Diagnostic> report)
    {
        switch (operation)
        {
            case IAttributeOperation { Operation: IObjectCreationOperation creation }:
                AnalyzeAttributeCreation(creation, places, checker, report);
                break;
            case ISimpleAssignmentOperation assignment:
                if (AssignedKind(assignment, places) is var kind && kind != CodeKind.None)
                {
                    CheckValue(kind, assignment.Value, checker, report);
                }

                break;
            case IFieldInitializerOperation or IPropertyInitializerOperation or IParameterInitializerOperation:
                AnalyzeInitializer(operation, places, checker, report);
                break;
            default:
                var (callee, arguments, initializer) = CallOf(operation);
                if (MayReachCodes(callee, arguments, initializer, places))
                {
                    AnalyzeArguments(callee, arguments, initializer, places, checker, report);
                }

                break;
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (context.IsGeneratedCode
            || DeclarationAttributes.Contains(attribute)
            || !places.AttributeNames.MayCarryCodes(attribute.Name)
            || context.SemanticModel.GetOperation(attribute, context.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation })
        {
            return;
        }

        AnalyzeAttributeCreation(creation, places, checker, context.ReportDiagnostic);
    }

    /// <summary>Checks an attribute's arguments and named arguments together, as bound from its syntax.</summary>
    private static void AnalyzeAttributeCreation(IObjectCreationOperation creation, MarkedPlaces places, Lazy<CodeChecker?> checker, Action<Diagnostic> report)
    {
        if (!MayReachCodes(creation.Constructor, creation.Initializer, places))
        {
            return;
        }

        AnalyzeArguments(creation.Constructor, creation.Arguments, creation.Initializer, places, checker, report);
        foreach (var member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation assignment)
            {
                CheckValue(places.KindOf(AssignedMembers.Of(assignment.Target)), assignment.Value, checker, report);
            }
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        // Asked before the report delegate is made: the path that finds nothing allocates nothing.
        var (callee, arguments, initializer) = CallOf(context.Operation);
        if (MayReachCodes(callee, arguments, initializer, places))
        {
            AnalyzeArguments(callee, arguments, initializer, places, checker, context.ReportDiagnostic);
        }
    }

    /// <summary>Gets what a call, creation or indexer reference calls, with its arguments and initialiser.</summary>
    private static (ISymbol? Callee, ImmutableArray<IArgumentOperation> Arguments, IObjectOrCollectionInitializerOperation? Initializer) CallOf(IOperation operation) =>
        operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments, null),
            IObjectCreationOperation { Syntax: not AttributeSyntax } creation => (creation.Constructor, creation.Arguments, creation.Initializer),
            IObjectCreationOperation { Syntax: AttributeSyntax attribute } creation when DeclarationAttributes.Contains(attribute) =>
                (creation.Constructor, creation.Arguments, creation.Initializer),
            IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer => (indexer.Property, indexer.Arguments, null),
            _ => ((ISymbol?)null, ImmutableArray<IArgumentOperation>.Empty, (IObjectOrCollectionInitializerOperation?)null),
        };

    /// <summary>
    /// Gets whether a call may pass a code. One without arguments or initialiser passes none (an omitted optional
    /// argument is checked at its declaration), so it is answered without a symbol look-up.
    /// </summary>
    private static bool MayReachCodes(ISymbol? callee, ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, MarkedPlaces places) =>
        (!arguments.IsEmpty || initializer is not null) && MayReachCodes(callee, initializer, places);

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

        // Made for the first code: most calls pass one or none, and the hierarchy is checked only where there are two.
        List<(CodeKind Kind, ConstantString Constant)>? codes = null;
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
                (codes ??= []).Add((kind, constant));
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
                            (codes ??= []).Add((kind, constant));
                        }
                    }
                }
            }
        }

        if (codes is { Count: > 1 })
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
            || (assignment.Parent is IObjectOrCollectionInitializerOperation { Parent.Syntax: AttributeSyntax attribute } && !DeclarationAttributes.Contains(attribute)))
        {
            return;
        }

        var kind = AssignedKind(assignment, places);
        if (kind != CodeKind.None)
        {
            CheckValue(kind, assignment.Value, checker, context.ReportDiagnostic);
        }
    }

    /// <summary>Gets the kind of code an assignment of a constant (or of an array or collection) stores, if any.</summary>
    private static CodeKind AssignedKind(ISimpleAssignmentOperation assignment, MarkedPlaces places) =>
        ConstantValues.MaySupplyConstants(assignment.Value) ? places.KindOf(AssignedMembers.Of(assignment.Target)) : CodeKind.None;

    private static void AnalyzeInitializer(OperationAnalysisContext context, MarkedPlaces places, Lazy<CodeChecker?> checker)
    {
        if (!context.IsGeneratedCode)
        {
            AnalyzeInitializer(context.Operation, places, checker, context.ReportDiagnostic);
        }
    }

    private static void AnalyzeInitializer(IOperation operation, MarkedPlaces places, Lazy<CodeChecker?> checker, Action<Diagnostic> report)
    {
        switch (operation)
        {
            case IFieldInitializerOperation field:
                foreach (var initialized in field.InitializedFields)
                {
                    CheckValue(places.KindOf(initialized), field.Value, checker, report);
                }

                break;
            case IPropertyInitializerOperation property:
                foreach (var initialized in property.InitializedProperties)
                {
                    CheckValue(places.KindOf(initialized), property.Value, checker, report);
                }

                break;
            case IParameterInitializerOperation parameter:
                CheckValue(places.KindOf(parameter.Parameter), parameter.Value, checker, report);
                break;
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
