using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Operations;

/// <summary>
/// Collects the compile-time constants an expression supplies: the constant itself, or each constant element of an
/// array initialiser or collection expression (for params arrays and list-valued properties).
/// </summary>
internal static class ConstantValues
{
    /// <summary>Gets the constant strings a value supplies: itself, or the constant string elements of what it builds.</summary>
    public static IEnumerable<ConstantString> Strings(IOperation? value)
    {
        foreach (var element in Elements(value))
        {
            if (element.ConstantValue is { HasValue: true, Value: string text })
            {
                yield return new ConstantString(text, element.Syntax);
            }
        }
    }

    /// <summary>Gets the element operations of a value: itself, or the elements of an array or collection it builds.</summary>
    public static IEnumerable<IOperation> Elements(IOperation? value)
    {
        value = SkipConversions(value);
        if (value is null)
        {
            yield break;
        }

        if (value.ConstantValue.HasValue)
        {
            yield return value;
            yield break;
        }

        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return SkipConversions(element)!;
            }

            yield break;
        }

        // Collection expressions have no operation interface in the Roslyn version the analyzers build against;
        // their elements are their children, spreads excepted.
        if (value.Syntax is CollectionExpressionSyntax)
        {
            foreach (var child in value.ChildOperations)
            {
                if (child.Syntax is not SpreadElementSyntax)
                {
                    yield return SkipConversions(child)!;
                }
            }
        }
    }

    /// <summary>
    /// Gets whether <see cref="Elements"/> can yield anything for the value: it is a constant, or builds an array or
    /// collection. Cheaper than any symbol look-up, so it is asked first.
    /// </summary>
    public static bool MaySupplyConstants(IOperation? value)
    {
        value = SkipConversions(value);
        return value is not null
            && (value.ConstantValue.HasValue || value is IArrayCreationOperation { Initializer: not null } || value.Syntax is CollectionExpressionSyntax);
    }

    /// <summary>Gets whether the value builds an empty array or collection (<c>[]</c>, <c>new string[0]</c>, an empty params list).</summary>
    public static bool IsEmptyCollection(IOperation? value)
    {
        value = SkipConversions(value);
        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.IsEmpty,
            IArrayCreationOperation { DimensionSizes: { Length: 1 } sizes } => sizes[0].ConstantValue is { HasValue: true, Value: 0 },
            { Syntax: CollectionExpressionSyntax collection } => collection.Elements.Count == 0,
            _ => false,
        };
    }

    public static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion && !operation.ConstantValue.HasValue)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
