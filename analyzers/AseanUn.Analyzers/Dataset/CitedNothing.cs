using AseanUn.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>Tells a list of citations or evidence that is written to be empty: what a record, step or statement cannot cite.</summary>
internal static class CitedNothing
{
    private const string ParagraphsMethod = "Paragraphs";

    /// <summary>Gets whether the value is <c>[]</c>, <c>default</c>, <c>new()</c>, <c>EquatableArray&lt;T&gt;.Empty</c> or <c>Cite.Paragraphs()</c>.</summary>
    public static bool Is(IOperation value)
    {
        value = ConstantValues.SkipConversions(value)!;
        return value switch
        {
            IDefaultValueOperation => true,
            IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: null, Type.IsValueType: true } => true,
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Empty" } } => true,
            IInvocationOperation { TargetMethod.Name: ParagraphsMethod } call =>
                call.Arguments.Length == 1 && ConstantValues.IsEmptyCollection(call.Arguments[0].Value),
            _ => ConstantValues.IsEmptyCollection(value),
        };
    }
}
