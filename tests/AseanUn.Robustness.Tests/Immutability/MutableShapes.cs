using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>Recognises collections through which a caller could change what they were handed, by type and at run time.</summary>
internal static class MutableShapes
{
    private static readonly Type[] MutableInterfaces = [typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>)];

    /// <summary>Gets whether values of <paramref name="type"/> can be changed through a collection interface or are arrays.</summary>
    public static bool IsMutableCollectionType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray || typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return true;
        }

        var interfaces = type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
        return interfaces.Any(i => i.IsGenericType && MutableInterfaces.Contains(i.GetGenericTypeDefinition()));
    }

    /// <summary>
    /// Describes how the object a caller was handed could be changed — cast back to an array, a list or a writable
    /// collection interface — or returns <see langword="null"/> when it cannot.
    /// </summary>
    public static string? MutableShapeOf(object value)
    {
        var type = value.GetType();
        if (value is Array)
        {
            return $"an array ({type})";
        }

        if (value is IList { IsReadOnly: false } or IDictionary { IsReadOnly: false })
        {
            return $"a writable non-generic collection ({type})";
        }

        foreach (var collection in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
        {
            if (!(bool)collection.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!)
            {
                return $"a writable {collection} ({type})";
            }

            if (AcceptsAdd(collection, value))
            {
                return $"a read-only {collection} whose Add does not throw ({type})";
            }
        }

        return null;
    }

    private static bool AcceptsAdd(Type collection, object value)
    {
        var element = collection.GetGenericArguments()[0];
        try
        {
            collection.GetMethod(nameof(ICollection<int>.Add))!.Invoke(value, [element.IsValueType ? Activator.CreateInstance(element) : null]);
            return true;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is NotSupportedException)
        {
            return false;
        }
    }
}
