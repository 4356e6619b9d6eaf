using System;
using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>
/// One field of a record type (or of the items a record holds, such as a person's roles): its C# and JSON names, what
/// it holds, a label for people, and what it refers to. Generated from the model's declarations, so the explorer,
/// exports, the schema and the documentation read one description of each type (see <see cref="RecordFields"/>).
/// </summary>
public sealed class RecordField
{
    private readonly Func<object, object?> _read;

    internal RecordField(
        string name, string jsonName, RecordFieldKind kind, string label, string description, bool isRequired, bool isOptional, Type valueType,
        Type[] targets, string? relation, RecordField[] itemFields, Func<object, object?> read)
    {
        Name = name;
        JsonName = jsonName;
        Kind = kind;
        Label = label;
        Description = description;
        IsRequired = isRequired;
        IsOptional = isOptional;
        ValueType = valueType;
        Targets = Array.AsReadOnly(targets);
        Relation = relation;
        ItemFields = Array.AsReadOnly(itemFields);
        _read = read;
    }

    /// <summary>Gets the C# property name, e.g. <c>ShortName</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the property's name in the JSON format, e.g. <c>shortName</c>.</summary>
    public string JsonName { get; }

    /// <summary>Gets what the field holds.</summary>
    public RecordFieldKind Kind { get; }

    /// <summary>Gets the label for people, in lower case, e.g. <c>short name</c>; for a reference, what the target is to the record (<c>host</c>).</summary>
    public string Label { get; }

    /// <summary>Gets the field's documentation summary as plain text, e.g. <c>The short name the report uses, if any…</c>.</summary>
    public string Description { get; }

    /// <summary>Gets whether a record must set the field (in C#, <c>required</c>; in JSON, a required property).</summary>
    public bool IsRequired { get; }

    /// <summary>Gets whether the field may hold no value (<see langword="null"/>); lists are never null, only empty.</summary>
    public bool IsOptional { get; }

    /// <summary>Gets whether the field holds a date.</summary>
    public bool IsDate => Kind == RecordFieldKind.Date;

    /// <summary>Gets whether the field names other records by id or code.</summary>
    public bool IsReference => Kind is RecordFieldKind.Reference or RecordFieldKind.ReferenceList;

    /// <summary>Gets whether the field holds a list (of strings, ids or items).</summary>
    public bool IsList => Kind is RecordFieldKind.TextList or RecordFieldKind.ReferenceList or RecordFieldKind.Items;

    /// <summary>Gets the type of one value: the enumeration, the item type, <see cref="Dates.PartialDate"/>, <see cref="string"/> for text and ids.</summary>
    public Type ValueType { get; }

    /// <summary>Gets the record types a reference may name; empty for any other field.</summary>
    public IReadOnlyList<Type> Targets { get; }

    /// <summary>Gets what a target is to the record naming it (<c>party</c>, <c>part of</c>), for a reference; otherwise <see langword="null"/>.</summary>
    public string? Relation { get; }

    /// <summary>Gets the fields of each item, for a list of items; otherwise empty.</summary>
    public IReadOnlyList<RecordField> ItemFields { get; }

    /// <summary>Returns the field's value on <paramref name="owner"/> (a record of the field's type, or an item), boxed.</summary>
    /// <param name="owner">The record or item that has the field.</param>
    public object? ValueOf(object owner) => _read(owner);

    /// <inheritdoc/>
    public override string ToString() => JsonName;
}
