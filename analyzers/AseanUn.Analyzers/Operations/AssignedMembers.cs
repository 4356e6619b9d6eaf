using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Operations;

/// <summary>Finds what an assignment writes to, and the object it writes into.</summary>
internal static class AssignedMembers
{
    /// <summary>Gets the property or field an assignment target names, or <see langword="null"/>.</summary>
    public static ISymbol? Of(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    /// <summary>Gets the type of the object an assignment initialises: the created or copied object of its initialiser.</summary>
    public static ITypeSymbol? TargetObjectType(IAssignmentOperation assignment) => assignment.Parent switch
    {
        IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } => creation.Type,
        IObjectOrCollectionInitializerOperation { Parent: IWithOperation with } => with.Type,
        _ => (assignment.Target as IMemberReferenceOperation)?.Instance?.Type,
    };

    /// <summary>Gets the initialiser of an object creation or a <c>with</c> expression.</summary>
    public static IObjectOrCollectionInitializerOperation? InitializerOf(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => creation.Initializer,
        IWithOperation with => with.Initializer,
        _ => null,
    };
}
