using AseanUn.Authoring;
using AseanUn.Rules;

namespace AseanUn.Model;

/// <summary>A distinct line of work inside an area, e.g. food security as against energy security.</summary>
[RecordGroup("actionLines", 3, IdRule = RecordIdRule.ActionLineCode)]
public sealed record ActionLine : PartnershipRecord
{
    /// <summary>Gets the action-line code (also the record id), e.g. <c>SC.1.2</c> (see <see cref="ActionLineCodes"/>).</summary>
    public string Code => Id;

    /// <summary>Gets the code of the area the line belongs to.</summary>
    [RecordReference(typeof(Area))]
    public required string AreaCode { get; init; }

    /// <summary>Gets a short name for the line.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the code of the line that carries this one's work on, if it has been superseded.</summary>
    [RecordReference(typeof(ActionLine))]
    public string? SupersededBy { get; init; }

    /// <summary>Gets the pillar code, the first segment of <see cref="Code"/>.</summary>
    public string PillarCode => CodeRules.PillarOf(Code);

    /// <inheritdoc/>
    public override string Label => Name;

    /// <inheritdoc/>
    internal override string? TreePillarCode => PillarCode;
}
