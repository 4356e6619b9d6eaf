using System;

namespace AseanUn;

/// <summary>
/// Marks a string parameter, property or field that takes an area code such as <c>"SC.1"</c>.
/// The AseanUn analyzers check every constant string that reaches a marked place.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class AreaCodeAttribute : Attribute
{
}
