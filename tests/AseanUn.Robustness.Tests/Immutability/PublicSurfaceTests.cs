using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using AseanUn.Collections;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>
/// Every public type of the library is immutable, so a shared dataset can never be changed behind a reader's back: each
/// is a record, a readonly struct or a sealed or static class, and no member (inherited and protected ones, methods with
/// parameters, out parameters and generic wrappers included) can be set or hands out something writable.
/// </summary>
public sealed class PublicSurfaceTests
{
    private const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    // An enumeration's value field is the runtime's, not state a caller can reach.
    private static readonly Type[] Exported = [.. typeof(Partnership).Assembly.GetExportedTypes().Where(t => !t.IsEnum)];

    // Members the framework's own base classes declare (Exception.HelpLink, Attribute.TypeId…) are not the library's.
    private static IEnumerable<MemberInfo> SurfaceOf(Type type) =>
        type.GetMembers(Visible)
            .Where(m => m.DeclaringType?.Assembly == type.Assembly)
            .Where(m => m switch
            {
                MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
                EventInfo @event => @event.AddMethod is { } add && (add.IsPublic || add.IsFamily),
                _ => false,
            });

    [Fact]
    public void Every_public_type_is_a_record_a_readonly_struct_or_a_sealed_or_static_class()
    {
        Assert.Contains(typeof(AseanUn.Model.Event), Exported);
        var open = Exported.Where(t => !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => t.IsValueType ? !IsReadOnlyStruct(t) && !IsStructEnumerator(t) : !IsRecord(t) && !t.IsSealed)
            .Select(t => t.ToString())
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void No_visible_member_of_any_public_type_can_be_set_after_construction()
    {
        var settable = Exported.SelectMany(type => SurfaceOf(type).Select(member => (type, member)))
            .Where(x => x.member switch
            {
                PropertyInfo { SetMethod: { } setter } => (setter.IsPublic || setter.IsFamily) && !IsInitOnly(setter),
                FieldInfo field => !field.IsInitOnly && !field.IsLiteral,
                _ => false,
            })
            .Select(x => $"{x.type}.{x.member.Name}")
            .ToList();

        Assert.Empty(settable);
    }

    [Fact]
    public void No_visible_member_hands_out_a_mutable_collection_type_not_even_through_parameters_or_generic_wrappers()
    {
        var handedOut = Exported.SelectMany(type => SurfaceOf(type).SelectMany(member => TypesHandedOut(member).Select(t => (type, member, t))))
            .Where(x => Mentions(x.t, MutableShapes.IsMutableCollectionType))
            .Select(x => $"{x.type}.{x.member.Name}: {x.t}")
            .Distinct()
            .ToList();

        Assert.Empty(handedOut);
    }

    [Fact]
    public void No_public_type_is_itself_a_writable_collection_and_none_has_events()
    {
        Assert.DoesNotContain(Exported, MutableShapes.IsMutableCollectionType);
        Assert.Empty(Exported.SelectMany(type => SurfaceOf(type).OfType<EventInfo>()));
    }

    [Fact]
    public void Every_public_static_value_is_read_only_and_the_same_on_every_read()
    {
        var statics = Exported.Where(t => !t.ContainsGenericParameters)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static)))
            .ToList();
        Assert.NotEmpty(statics);

        foreach (var member in statics)
        {
            var first = Read(member);
            var second = Read(member);
            Assert.Equal(first, second);
            Assert.True(first is null || MutableShapes.MutableShapeOf(first) is null, $"{member.DeclaringType}.{member.Name} hands out a writable collection");
        }
    }

    [Fact]
    public void Equatable_arrays_copy_what_they_are_made_from()
    {
        string[] source = ["PS", "EC"];
        List<string> list = ["PS", "EC"];
        var fromArray = EquatableArray.From(source);
        var fromList = EquatableArray.From(list);
        var fromSpan = EquatableArray.Create<string>(source);

        source[0] = "changed";
        list[0] = "changed";

        Assert.All(new[] { fromArray, fromList, fromSpan }, array => Assert.Equal(["PS", "EC"], array));
    }

    [Fact]
    public void The_checks_recognise_every_writable_shape()
    {
        Assert.NotNull(MutableShapes.MutableShapeOf(new[] { 1 }));
        Assert.NotNull(MutableShapes.MutableShapeOf(new List<int>()));
        Assert.NotNull(MutableShapes.MutableShapeOf(new Dictionary<int, int>()));
        Assert.NotNull(MutableShapes.MutableShapeOf(new HashSet<int>()));
        Assert.NotNull(MutableShapes.MutableShapeOf(new AddableButReadOnly()));
        Assert.Null(MutableShapes.MutableShapeOf(new ReadOnlyCollection<int>([1])));
        Assert.Null(MutableShapes.MutableShapeOf(ImmutableArray.Create(1)));
        Assert.Null(MutableShapes.MutableShapeOf(EquatableArray.Create<int>([1])));
        Assert.True(Mentions(typeof(System.Threading.Tasks.Task<List<int>>), MutableShapes.IsMutableCollectionType));
        Assert.True(Mentions(typeof(KeyValuePair<string, int[]>), MutableShapes.IsMutableCollectionType));
        Assert.False(Mentions(typeof(EquatableArray<EquatableArray<string>>), MutableShapes.IsMutableCollectionType));
    }

    private static object? Read(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetValue(null),
        FieldInfo field => field.GetValue(null),
        _ => throw new ArgumentException(member.Name),
    };

    // What a caller receives from a member: its value, its return value and its out and ref parameters.
    private static IEnumerable<Type> TypesHandedOut(MemberInfo member) => member switch
    {
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        MethodInfo method => method.GetParameters().Where(p => p.ParameterType.IsByRef && !p.IsIn).Select(p => p.ParameterType.GetElementType()!).Append(method.ReturnType),
        _ => [],
    };

    // A mutable collection can hide inside a generic wrapper (Task<List<T>>, KeyValuePair<K, V[]>).
    private static bool Mentions(Type type, Func<Type, bool> predicate) =>
        predicate(type)
        || (type.HasElementType && Mentions(type.GetElementType()!, predicate))
        || (type.IsGenericType && type.GetGenericArguments().Any(argument => Mentions(argument, predicate)));

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

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>Says it is read-only but lets Add through.</summary>
    private sealed class AddableButReadOnly : ICollection<int>
    {
        private readonly List<int> _items = [];

        public int Count => _items.Count;

        public bool IsReadOnly => true;

        public void Add(int item) => _items.Add(item);

        public void Clear() => throw new NotSupportedException();

        public bool Contains(int item) => _items.Contains(item);

        public void CopyTo(int[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        public bool Remove(int item) => throw new NotSupportedException();

        public IEnumerator<int> GetEnumerator() => _items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
