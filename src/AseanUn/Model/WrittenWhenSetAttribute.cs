using System;

namespace AseanUn.Model;

/// <summary>
/// Marks a record property the JSON export writes only when it holds something (not <see langword="false"/>, not an
/// empty list), so that adding such a property changes no document that does not use it. Import reads a left-out
/// property as its default either way.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class WrittenWhenSetAttribute : Attribute;
