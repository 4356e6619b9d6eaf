namespace AseanUn.Model;

/// <summary>One of the four cooperation pillars of the Comprehensive Partnership.</summary>
[RecordGroup("pillars", 1, IdRule = RecordIdRule.PillarCode)]
public sealed record Pillar : PartnershipRecord
{
    /// <summary>Gets the pillar code (also the record id), e.g. <c>SC</c> (see <see cref="PillarCodes"/>).</summary>
    public string Code => Id;

    /// <summary>Gets the pillar's name as the report gives it.</summary>
    public required string Name { get; init; }

    /// <inheritdoc/>
    public override string Label => Name;

    /// <inheritdoc/>
    internal override string? TreePillarCode => Code;
}
