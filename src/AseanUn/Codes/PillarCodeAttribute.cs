using System;

namespace AseanUn;

/// <summary>
/// Marks a string parameter, property or field that takes a pillar code such as <c>"SC"</c>.
/// The AseanUn analyzers check every constant string that reaches a marked place (AUN0002), and where one
/// call or attribute takes both a pillar and action lines, that each line lies under the pillar (AUN0003).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PillarCodeAttribute : Attribute
{
}
