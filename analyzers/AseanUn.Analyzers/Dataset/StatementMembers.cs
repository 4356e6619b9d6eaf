using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>Reads the members an object initialiser of the statement model assigns, by name.</summary>
internal static class StatementMembers
{
    /// <summary>Gets the value assigned to the property or field <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static IOperation? Value(IObjectOrCollectionInitializerOperation initializer, string name)
    {
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member.Name: var assigned } } assignment && assigned == name)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>Gets the constant <c>Property</c> of a statement, or <see langword="null"/>.</summary>
    public static string? Property(IObjectOrCollectionInitializerOperation initializer) =>
        Value(initializer, nameof(Property))?.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>Gets the enum member a step's (or record's) <c>Status</c> names, as its JSON (camel-case) name, or <see langword="null"/>.</summary>
    public static string? Status(IObjectOrCollectionInitializerOperation initializer) =>
        EnumMemberName(Value(initializer, nameof(Status)));

    /// <summary>Gets the camel-case name of the enum member a value names (<c>InstrumentStatus.InForce</c>: <c>inForce</c>).</summary>
    public static string? EnumMemberName(IOperation? value) =>
        Operations.ConstantValues.SkipConversions(value) is IFieldReferenceOperation { Field: { HasConstantValue: true, Name: { Length: > 0 } name } }
            ? char.ToLowerInvariant(name[0]) + name.Substring(1)
            : null;
}
