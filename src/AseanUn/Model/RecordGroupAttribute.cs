using System;

namespace AseanUn.Model;

/// <summary>
/// Declares a record type's place in the model: the JSON name of its group, its position in dataset order (which is
/// also its tag in the compact data form, so positions never change once shipped) and the shape of its ids. The model
/// generator builds the registry entry (<see cref="RecordTypes"/>) from it and from the type's properties.
/// </summary>
/// <param name="groupName">The JSON name of the type's group in a document's <c>records</c> object, e.g. <c>groupings</c>.</param>
/// <param name="position">The type's position in dataset order, from 0.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class RecordGroupAttribute(string groupName, int position) : Attribute
{
    /// <summary>Gets the JSON name of the type's group.</summary>
    public string GroupName { get; } = groupName;

    /// <summary>Gets the type's position in dataset order.</summary>
    public int Position { get; } = position;

    /// <summary>Gets the shape the type's ids must have; kebab-case unless set.</summary>
    public RecordIdRule IdRule { get; init; }
}
