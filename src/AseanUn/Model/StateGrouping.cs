using AseanUn.Authoring;
using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>A named group of member states the report uses, e.g. CLMV.</summary>
[RecordGroup("groupings", 5)]
public sealed record StateGrouping : PartnershipRecord
{
    /// <summary>Gets the grouping's name or acronym, e.g. <c>CLMV</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ids of the member states in the group.</summary>
    [RecordReference(typeof(MemberState))]
    public required EquatableArray<string> MemberIds { get; init; }

    /// <inheritdoc/>
    public override string Label => Name;
}
