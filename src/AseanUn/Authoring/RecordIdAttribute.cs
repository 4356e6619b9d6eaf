using System;

namespace AseanUn.Authoring;

/// <summary>
/// Marks the property (or factory parameter) that holds a record's identifier. The contributor analyzers collect every constant assigned
/// to it in the dataset source and report duplicates (AUN0101).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
internal sealed class RecordIdAttribute : Attribute
{
}
