using AseanUn.Authoring;

namespace AseanUn.Model;

/// <summary>An area of cooperation under a pillar: one heading of the report.</summary>
[RecordGroup("areas", 2, IdRule = RecordIdRule.AreaCode)]
public sealed record Area : PartnershipRecord
{
    /// <summary>Gets the area code (also the record id), e.g. <c>SC.1</c> (see <see cref="AreaCodes"/>).</summary>
    public string Code => Id;

    /// <summary>Gets the code of the pillar the area belongs to.</summary>
    [RecordReference(typeof(Pillar))]
    public required string PillarCode { get; init; }

    /// <summary>Gets the heading as the report gives it.</summary>
    public required string Name { get; init; }

    /// <inheritdoc/>
    public override string Label => Name;

    /// <inheritdoc/>
    internal override string? TreePillarCode => PillarCode;
}
