using System.Collections.Generic;
using AseanUn.Model;

namespace AseanUn.Generators;

/// <summary>One settable property of a record or item type, as read from its declaration.</summary>
internal sealed class FieldModel
{
    public FieldModel(string name, string storedName, RecordFieldKind shape, bool isRequired, bool isOptional, string valueType, string hookName, bool itemIsClass, List<string> targets, string? relation, string description)
    {
        Name = name;
        StoredName = storedName;
        Shape = shape;
        IsRequired = isRequired;
        IsOptional = isOptional;
        ValueType = valueType;
        HookName = hookName;
        ItemIsClass = itemIsClass;
        Targets = targets;
        Relation = relation;
        Description = description;
    }

    /// <summary>Gets the C# property name.</summary>
    public string Name { get; }

    /// <summary>Gets the property the compact form writes: <see cref="Name"/>, or the one <c>[StoredAs]</c> names where the getter derives the value.</summary>
    public string StoredName { get; }

    public RecordFieldKind Shape { get; }

    /// <summary>Gets whether the property is declared <c>required</c>.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets whether the property may hold no value (a nullable reference or value type).</summary>
    public bool IsOptional { get; }

    /// <summary>Gets the fully qualified type of one value: the enum, the item type of a list of items, the property type otherwise (without <c>?</c>).</summary>
    public string ValueType { get; }

    /// <summary>Gets the simple name of <see cref="ValueType"/>, which names the hand-written hooks (<c>WriteCitation</c>, <c>ReadCitation</c>).</summary>
    public string HookName { get; }

    /// <summary>Gets whether the items of an item list are a class the generator takes apart (else hooks read and write them).</summary>
    public bool ItemIsClass { get; }

    /// <summary>Gets the fully qualified record types a reference may name.</summary>
    public List<string> Targets { get; }

    /// <summary>Gets the relation word of a reference (its attribute's, else one made from the name).</summary>
    public string? Relation { get; }

    /// <summary>Gets the property's documentation summary as plain text.</summary>
    public string Description { get; }

    /// <summary>Gets whether the JSON export writes the field only when it holds something (<c>[WrittenWhenSet]</c>).</summary>
    public bool WrittenWhenSet { get; set; }

    public string JsonName => Words.CamelCase(Name);
}
