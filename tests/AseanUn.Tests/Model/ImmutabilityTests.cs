using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace AseanUn.Tests.Model;

/// <summary>Every public type of the library is immutable, so a shared dataset can never be changed behind a reader's back.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(Partnership).Assembly.GetExportedTypes();

    public static TheoryData<Type> Types()
    {
        var data = new TheoryData<Type>();
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_library_exports_the_model_types()
    {
        Assert.Contains(typeof(AseanUn.Model.Event), PublicTypes);
        Assert.Contains(typeof(AseanUn.Dates.PartialDate), PublicTypes);
        Assert.Contains(typeof(AseanUn.Model.Role), PublicTypes);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_is_a_record_a_readonly_struct_or_a_sealed_or_static_class(Type type)
    {
        if (type.IsValueType)
        {
            Assert.True(IsReadOnlyStruct(type) || IsStructEnumerator(type), $"{type} is a mutable struct");
        }
        else
        {
            Assert.True(IsRecord(type) || type.IsSealed, $"{type} is an unsealed class that is not a record");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_has_no_public_setters_except_init(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(settable);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_has_no_public_writable_fields(Type type)
    {
        var writable = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name)
            .ToList();

        Assert.Empty(writable);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_exposes_no_mutable_collection(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var exposed = type.GetProperties(flags).Select(p => (p.Name, Type: p.PropertyType))
            .Concat(type.GetFields(flags).Select(f => (f.Name, Type: f.FieldType)))
            .Concat(type.GetMethods(flags).Where(m => !m.IsSpecialName && m.GetParameters().Length == 0).Select(m => (m.Name, Type: m.ReturnType)))
            .Where(member => IsMutableCollection(member.Type))
            .Select(member => $"{member.Name}: {member.Type}")
            .ToList();

        Assert.Empty(exposed);
    }

    [Fact]
    public void The_checks_recognise_mutable_shapes()
    {
        Assert.True(IsMutableCollection(typeof(string[])));
        Assert.True(IsMutableCollection(typeof(List<int>)));
        Assert.True(IsMutableCollection(typeof(Dictionary<string, int>)));
        Assert.True(IsMutableCollection(typeof(ICollection<int>)));
        Assert.True(IsMutableCollection(typeof(ISet<int>)));
        Assert.True(IsMutableCollection(typeof(ArrayList)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<int>)));
        Assert.False(IsMutableCollection(typeof(AseanUn.Collections.EquatableArray<int>)));
        Assert.False(IsMutableCollection(typeof(string)));
        Assert.False(IsReadOnlyStruct(typeof(MutableProbe)));
        Assert.True(IsReadOnlyStruct(typeof(AseanUn.Dates.PartialDate)));
        Assert.False(IsInitOnly(typeof(SetterProbe).GetProperty(nameof(SetterProbe.Settable))!.SetMethod!));
        Assert.True(IsInitOnly(typeof(SetterProbe).GetProperty(nameof(SetterProbe.InitOnly))!.SetMethod!));
        Assert.True(IsRecord(typeof(SetterProbe)));
        Assert.False(IsRecord(typeof(ImmutabilityTests)));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsReadOnlyStruct(Type type) => type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false);

    // Compilers emit a clone method for every record class.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    // A struct enumerator (the foreach pattern, for allocation-free loops) must advance, so it cannot be readonly;
    // it is accepted when it is nested, exposes only Current and MoveNext, and holds no public state.
    private static bool IsStructEnumerator(Type type) =>
        type.IsNested
        && type.GetMethod("MoveNext", Type.EmptyTypes)?.ReturnType == typeof(bool)
        && type.GetProperty("Current") is { CanWrite: false }
        && type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length == 0;

    private static bool IsMutableCollection(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return true;
        }

        if (type == typeof(string) || type.Namespace == "System.Collections.Immutable")
        {
            return false;
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(i =>
            i == typeof(IList) || i == typeof(IDictionary)
            || (i.IsGenericType && i.GetGenericTypeDefinition() is var d
                && (d == typeof(ICollection<>) || d == typeof(IList<>) || d == typeof(IDictionary<,>) || d == typeof(ISet<>))));
    }

    private struct MutableProbe
    {
        public int Value;

        public void Bump() => Value++;
    }

    private sealed record SetterProbe
    {
        public int Settable { get; set; }

        public int InitOnly { get; init; }
    }
}
