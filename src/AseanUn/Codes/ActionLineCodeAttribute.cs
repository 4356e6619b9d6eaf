using System;

namespace AseanUn;

/// <summary>
/// Marks a string parameter, property or field that takes an action-line code such as <c>"SC.1.2"</c>.
/// The AseanUn analyzers check every constant string that reaches a marked place (AUN0001).
/// </summary>
/// <remarks>Works like <see cref="System.Diagnostics.CodeAnalysis.StringSyntaxAttribute"/>: put it on your own APIs too.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ActionLineCodeAttribute : Attribute
{
}
