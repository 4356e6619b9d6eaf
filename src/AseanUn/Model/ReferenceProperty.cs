using System;
using AseanUn.Collections;
using AseanUn.Utility;

namespace AseanUn.Model;

/// <summary>
/// One property that names other records by id: its JSON name, the record types it may name, what the target is to
/// the record that names it, and how to read it. A property may instead hold items that name records themselves
/// (a person's roles): then it lists the items' own reference properties.
/// </summary>
/// <remarks>
/// These descriptions (in <see cref="RecordTypes"/>) are the run-time, reflection-free form of the model's
/// <c>[RecordReference]</c> attributes, which the contributor analyzers read at compile time; a test keeps the two equal.
/// </remarks>
internal sealed class ReferenceProperty
{
    private readonly Func<object, string?>? _single;
    private readonly Func<object, EquatableArray<string>>? _list;
    private readonly Func<object, int>? _itemCount;
    private readonly Func<object, int, object>? _item;

    private ReferenceProperty(Type owner, string name, string relation, Type[] targets, ReferenceProperty[] itemProperties)
    {
        Owner = owner;
        Name = name;
        JsonName = char.ToLowerInvariant(name[0]) + name[1..];
        Relation = relation;
        Targets = targets;
        ItemProperties = itemProperties;
    }

    private ReferenceProperty(Type owner, string name, string relation, Type[] targets, Func<object, string?> single)
        : this(owner, name, relation, targets, []) => _single = single;

    private ReferenceProperty(Type owner, string name, string relation, Type[] targets, Func<object, EquatableArray<string>> list)
        : this(owner, name, relation, targets, []) => _list = list;

    private ReferenceProperty(Type owner, string name, Func<object, int> itemCount, Func<object, int, object> item, ReferenceProperty[] itemProperties)
        : this(owner, name, "", [], itemProperties) => (_itemCount, _item) = (itemCount, item);

    /// <summary>Gets the type that declares the property (a record type, or an item type such as <see cref="Role"/>).</summary>
    public Type Owner { get; }

    /// <summary>Gets the C# property name.</summary>
    public string Name { get; }

    /// <summary>Gets the JSON property name.</summary>
    public string JsonName { get; }

    /// <summary>Gets what a target is to the record naming it, in a word or two, e.g. <c>host</c> or <c>part of</c>.</summary>
    public string Relation { get; }

    /// <summary>Gets the record types the ids may name (empty for a property of items).</summary>
    public Type[] Targets { get; }

    /// <summary>Gets the reference properties of the items, for a property holding items that name records.</summary>
    public ReferenceProperty[] ItemProperties { get; }

    /// <summary>Gets whether the property holds a list of ids.</summary>
    public bool IsList => _list is not null;

    /// <summary>Gets whether the property holds items with reference properties of their own.</summary>
    public bool HasItems => _item is not null;

    /// <summary>Describes a property holding one optional id.</summary>
    public static ReferenceProperty Single<TOwner>(string name, Func<TOwner, string?> read, string relation, params Type[] targets) =>
        new(typeof(TOwner), name, relation, targets, owner => read((TOwner)owner));

    /// <summary>Describes a property holding a list of ids.</summary>
    public static ReferenceProperty List<TOwner>(string name, Func<TOwner, EquatableArray<string>> read, string relation, params Type[] targets) =>
        new(typeof(TOwner), name, relation, targets, owner => read((TOwner)owner));

    /// <summary>Describes a property holding items whose own properties name records, e.g. <see cref="Person.Roles"/>.</summary>
    public static ReferenceProperty Items<TOwner, TItem>(string name, Func<TOwner, EquatableArray<TItem>> read, params ReferenceProperty[] itemProperties)
        where TItem : notnull =>
        new(typeof(TOwner), name, owner => read((TOwner)owner).Count, (owner, i) => read((TOwner)owner)[i], itemProperties);

    /// <summary>Gets the id of a single-id property (<see langword="null"/> when unset).</summary>
    public string? ReadSingle(object owner) => _single!(owner);

    /// <summary>Gets the ids of a list property.</summary>
    public EquatableArray<string> ReadList(object owner) => _list!(owner);

    /// <summary>Gets the number of items of a property of items.</summary>
    public int ItemCount(object owner) => _itemCount!(owner);

    /// <summary>Gets item <paramref name="index"/> of a property of items.</summary>
    public object ItemAt(object owner, int index) => _item!(owner, index);

    /// <summary>Describes the allowed targets for a message, e.g. <c>an Organisation, MemberState or StateGrouping</c>.</summary>
    public string DescribeTargets()
    {
        var names = Array.ConvertAll(Targets, static t => t.Name);
        var list = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        return Wording.WithArticle(list);
    }
}
