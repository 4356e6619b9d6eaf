using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A quantity the report states, with the date it holds for and how exact it is.</summary>
[RecordGroup("figures", 12)]
public sealed record Figure : PartnershipRecord
{
    /// <summary>Gets what is counted, in the project's own words.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the unit, e.g. <c>personnel</c> or <c>meetings</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets how exactly the value is stated.</summary>
    public required FigurePrecision Precision { get; init; }

    /// <summary>Gets the date the value holds for.</summary>
    public required PartialDate AsOf { get; init; }

    /// <summary>Gets the ids of the organisations, member states or groupings the figure is about.</summary>
    [RecordReference(typeof(Organisation), typeof(MemberState), typeof(StateGrouping))]
    public EquatableArray<string> SubjectIds { get; init; }

    /// <summary>Gets the codes of the action lines the figure belongs to.</summary>
    [RecordReference(typeof(ActionLine))]
    public EquatableArray<string> ActionLineCodes { get; init; }

    /// <summary>
    /// Gets the id of the earlier figure this one continues, or <see langword="null"/>: the same quantity, in the same
    /// unit, stated again for a later date (a series, e.g. the number of meetings held year by year).
    /// </summary>
    [RecordReference(typeof(Figure))]
    public string? ContinuesId { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override PartialDate? RecordDate => AsOf;

    /// <inheritdoc/>
    public override EquatableArray<string> ActionLineTags => ActionLineCodes;
}
