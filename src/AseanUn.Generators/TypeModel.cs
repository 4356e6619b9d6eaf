using System.Collections.Generic;

namespace AseanUn.Generators;

/// <summary>A record type (or an item type such as a role) with its settable properties in declaration order.</summary>
internal sealed class TypeModel
{
    public TypeModel(string name, string fullName, bool isClass, string description, List<FieldModel> fields)
    {
        Name = name;
        FullName = fullName;
        IsClass = isClass;
        Description = description;
        Fields = fields;
    }

    public string Name { get; }

    /// <summary>Gets the name with <c>global::</c>, as generated code writes it.</summary>
    public string FullName { get; }

    public bool IsClass { get; }

    public string Description { get; }

    public List<FieldModel> Fields { get; }

    /// <summary>Gets the record type's group name (records only).</summary>
    public string GroupName { get; set; } = "";

    /// <summary>Gets the position of the record type in dataset order, which is also its compact tag (records only).</summary>
    public int Position { get; set; }

    /// <summary>Gets the value of its <c>RecordIdRule</c> (records only).</summary>
    public int IdRule { get; set; }
}
