using System;

namespace AseanUn.Model;

/// <summary>
/// Names the property that holds a field's value as authored, where the field's getter derives its value from the
/// statements (an instrument's <c>Status</c> is its latest dated status statement's value, else the authored one).
/// The compact form writes the stored value, so that reading it back and setting the field gives the same record.
/// </summary>
/// <param name="propertyName">The name of the property, on the same type, that holds the authored value.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class StoredAsAttribute(string propertyName) : Attribute
{
    /// <summary>Gets the name of the property that holds the authored value.</summary>
    public string PropertyName { get; } = propertyName;
}
