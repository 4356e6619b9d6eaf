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

    /// <summary>
    /// Gets what a target is to the record naming it, in a word or two (<c>host</c>, <c>part of</c>), where the
    /// property's name without <c>Id</c>, <c>Ids</c>, <c>Code</c> or <c>Codes</c> does not say it.
    /// </summary>
    public string? Relation { get; init; }
}
