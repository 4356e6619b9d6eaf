using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>An ongoing line of support: organisations working together on action lines, e.g. UNEP supporting a climate network.</summary>
[RecordGroup("activities", 11)]
public sealed record Activity : PartnershipRecord
{
    /// <summary>Gets a short title in the project's own words (names inside it as the report gives them).</summary>
    public required string Title { get; init; }

    /// <summary>Gets the ids of the organisations that give support (usually the UN side).</summary>
    [RecordReference(typeof(Organisation))]
    public EquatableArray<string> SupporterIds { get; init; }

    /// <summary>Gets the ids of the organisations, member states or groupings that receive or lead the work (usually the ASEAN side).</summary>
    [RecordReference(typeof(Organisation), typeof(MemberState), typeof(StateGrouping))]
    public EquatableArray<string> PartnerIds { get; init; }

    /// <summary>Gets the ids of instruments the activity implements or produces.</summary>
    [RecordReference(typeof(Instrument))]
    public EquatableArray<string> InstrumentIds { get; init; }

    /// <summary>Gets the codes of the action lines the activity serves.</summary>
    [RecordReference(typeof(ActionLine))]
    public required EquatableArray<string> ActionLineCodes { get; init; }

    /// <summary>Gets when the activity ran or since when it runs, if the report says.</summary>
    public PartialDate? Period { get; init; }

    /// <summary>Gets a short description in the project's own words.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override PartialDate? RecordPeriod => Period;

    /// <inheritdoc/>
    public override EquatableArray<string> ActionLineTags => ActionLineCodes;

    /// <inheritdoc/>
    internal override EquatableArray<string> TakingPartIds => [.. SupporterIds, .. PartnerIds];
}
