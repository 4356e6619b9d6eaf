using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>
/// Copies of records made through reflection: a deep copy that shares no string, array or nested record with the
/// original, and copies that differ from it in exactly one property.
/// </summary>
internal static class RecordCopies
{
    /// <summary>Copies <paramref name="value"/> all the way down: equal content, no shared reference but interned constants.</summary>
    public static object? Deep(object? value) => value switch
    {
        null => null,
        string text => new string(text.AsSpan()),
        PartialDate date => PartialDate.Parse(date.ToString()),
        _ when value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal => value,
        _ when IsEquatableArray(value.GetType()) => Rebuild(value, ((IEnumerable)value).Cast<object?>().Select(Deep)),
        _ => WithEachProperty(value, Deep),
    };

    /// <summary>Gets the properties a record is made of: the settable (init) ones, not the computed ones.</summary>
    public static PropertyInfo[] StateOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && !IsStatementView(p))];

    // Inferences, claims and an instrument's history are views of Statements (their setters are authoring shorthands
    // that add statements): the state they show is copied and compared through Statements.
    private static bool IsStatementView(PropertyInfo property) =>
        property.PropertyType == typeof(EquatableArray<Inference>)
        || property.PropertyType == typeof(EquatableArray<Claim>)
        || property.PropertyType == typeof(EquatableArray<StatusEntry>);

    /// <summary>Returns a copy of <paramref name="record"/> whose <paramref name="property"/> holds a different value, or null when no other value can be made.</summary>
    public static object? Changed(object record, PropertyInfo property)
    {
        var value = property.GetValue(record);
        var other = Different(value, property.PropertyType);
        var canBeNull = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
        if (other is null && (value is null || !canBeNull))
        {
            return null;
        }

        // Where no other value can be made, null differs from the value the property has.
        var copy = Clone(record);
        property.SetValue(copy, other);
        return copy;
    }

    private static object? Different(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null when underlying == typeof(string) => "x",
            null when underlying == typeof(PartialDate) => PartialDate.Year(1900),
            null when underlying == typeof(int) => 1,
            null => null,
            string text => text + "x",
            int number => number + 1,
            decimal number => number + 1,
            bool flag => !flag,
            Enum => Enum.GetValues(underlying).Cast<object>().FirstOrDefault(v => !v.Equals(value)),
            PartialDate date => date == PartialDate.Year(1900) ? PartialDate.Year(1901) : PartialDate.Year(1900),
            _ when IsEquatableArray(underlying) => OtherArray(value),
            _ => null,
        };
    }

    // One element fewer, or, for an empty array, one element made by changing every property of a default one.
    private static object? OtherArray(object array)
    {
        var items = ((IEnumerable)array).Cast<object?>().ToList();
        if (items.Count > 0)
        {
            return Rebuild(array, items.Take(items.Count - 1));
        }

        var element = array.GetType().GetGenericArguments()[0];
        return SampleOf(element) is { } sample ? Rebuild(array, new[] { sample }) : null;
    }

    // One value of each element type the records hold in arrays, for arrays that are empty.
    private static object? SampleOf(Type element)
    {
        var citations = EquatableArray.From(new[] { new Citation("x", 1) });
        return element == typeof(string) ? "x"
            : element == typeof(Citation) ? new Citation("x", 1)
            : element == typeof(Inference) ? new Inference("x", "y")
            : element == typeof(Claim) ? new Claim { Property = "x", Value = "y", Sources = citations, Rank = ClaimRank.Normal }
            : element == typeof(StatusEntry) ? new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Year(1900), Sources = citations }
            : element == typeof(Statement) ? new Statement { Property = "note", Value = "x", Evidence = [new Evidence(new Citation("x", 1))] }
            : element == typeof(Evidence) ? new Evidence(new Citation("x", 1))
            : null;
    }

    private static object WithEachProperty(object value, Func<object?, object?> map)
    {
        var copy = Clone(value);
        foreach (var property in StateOf(value.GetType()))
        {
            property.SetValue(copy, map(property.GetValue(value)));
        }

        return copy;
    }

    // A record's compiler-made clone for classes; boxing copies a struct.
    private static object Clone(object value) =>
        value.GetType().IsValueType
            ? value.GetType().GetMethod(nameof(MemberwiseClone), BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(value, null)!
            : value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;

    private static bool IsEquatableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    private static object Rebuild(object array, IEnumerable items)
    {
        var element = array.GetType().GetGenericArguments()[0];
        var typed = Array.CreateInstance(element, items.Cast<object?>().Count());
        var index = 0;
        foreach (var item in items)
        {
            typed.SetValue(item, index++);
        }

        return typeof(EquatableArray).GetMethod(nameof(EquatableArray.From))!.MakeGenericMethod(element).Invoke(null, [typed])!;
    }
}
