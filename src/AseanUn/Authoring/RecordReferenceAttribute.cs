using System;

namespace AseanUn.Authoring;

/// <summary>
/// Marks a property (or factory parameter) that refers to other records by identifier (a single id or a list of ids). The contributor
/// analyzers report constants assigned to it that name no record of the dataset source (AUN0102), and the JSON
/// importer does the same for loaded documents.
/// </summary>
/// <param name="targets">The record types the identifiers may name.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
internal sealed class RecordReferenceAttribute(params Type[] targets) : Attribute
{
    /// <summary>Gets the record types the identifiers may name.</summary>
    public Type[] Targets { get; } = targets;
}
