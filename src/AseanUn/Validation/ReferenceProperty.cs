using System;
using AseanUn.Collections;

namespace AseanUn.Validation;

/// <summary>
/// One property that names other records by id: its JSON name, the record types it may name, and how to read it.
/// The table of these (<see cref="RecordReferences"/>) is the run-time, reflection-free form of the model's
/// <c>[RecordReference]</c> attributes; a test keeps the two equal.
/// </summary>
internal sealed class ReferenceProperty
{
    private readonly Func<object, string?>? _single;
    private readonly Func<object, EquatableArray<string>>? _list;

    private ReferenceProperty(Type owner, string name, Type[] targets, Func<object, string?>? single, Func<object, EquatableArray<string>>? list)
    {
        Owner = owner;
        Name = name;
        JsonName = char.ToLowerInvariant(name[0]) + name[1..];
        Targets = targets;
        _single = single;
        _list = list;
    }

    /// <summary>Gets the type that declares the property (a record type, or <see cref="Model.Role"/>).</summary>
    public Type Owner { get; }

    /// <summary>Gets the C# property name.</summary>
    public string Name { get; }

    /// <summary>Gets the JSON property name.</summary>
    public string JsonName { get; }

    /// <summary>Gets the record types the ids may name.</summary>
    public Type[] Targets { get; }

    /// <summary>Gets whether the property holds a list of ids.</summary>
    public bool IsList => _list is not null;

    /// <summary>Describes a property holding one optional id.</summary>
    public static ReferenceProperty Single<TOwner>(string name, Func<TOwner, string?> read, params Type[] targets) =>
        new(typeof(TOwner), name, targets, owner => read((TOwner)owner), null);

    /// <summary>Describes a property holding a list of ids.</summary>
    public static ReferenceProperty List<TOwner>(string name, Func<TOwner, EquatableArray<string>> read, params Type[] targets) =>
        new(typeof(TOwner), name, targets, null, owner => read((TOwner)owner));

    /// <summary>Gets the id of a single-id property (<see langword="null"/> when unset).</summary>
    public string? ReadSingle(object owner) => _single!(owner);

    /// <summary>Gets the ids of a list property.</summary>
    public EquatableArray<string> ReadList(object owner) => _list!(owner);

    /// <summary>Describes the allowed targets for a message, e.g. <c>an Organisation, MemberState or StateGrouping</c>.</summary>
    public string DescribeTargets()
    {
        var names = Array.ConvertAll(Targets, RecordGroups.DisplayName);
        var list = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        return RecordGroups.WithArticle(list);
    }
}
