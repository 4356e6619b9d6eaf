using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A meeting or other dated event: a summit, ministerial meeting, S2S meeting, workshop, training, call or appointment.</summary>
[RecordGroup("events", 10)]
public sealed record Event : PartnershipRecord
{
    /// <summary>Gets the kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>Gets the title: the report's name for the event, e.g. <c>4th ASEAN-UN Summit</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the event's number in its series (summits 1–8, the third AURED workshop), if numbered.</summary>
    public int? Ordinal { get; init; }

    /// <summary>Gets when it took place.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets the id of the place, if the report gives one.</summary>
    [RecordReference(typeof(Place))]
    public string? PlaceId { get; init; }

    /// <summary>Gets the id of the member state that hosted the event, where the report names a host country (e.g. "hosted by Lao PDR").</summary>
    [RecordReference(typeof(MemberState), Relation = "host")]
    public string? HostStateId { get; init; }

    /// <summary>Gets the ids of the participants: organisations, member states and people.</summary>
    [RecordReference(typeof(Organisation), typeof(MemberState), typeof(StateGrouping), typeof(Person))]
    public EquatableArray<string> ParticipantIds { get; init; }

    /// <summary>Gets the ids of instruments the event adopted, signed, issued, noted or welcomed, or mandated to be drafted.</summary>
    [RecordReference(typeof(Instrument))]
    public EquatableArray<string> OutcomeIds { get; init; }

    /// <summary>Gets the codes of the action lines the event served.</summary>
    [RecordReference(typeof(ActionLine))]
    public EquatableArray<string> ActionLineCodes { get; init; }

    /// <summary>Gets the id of the event this one was held alongside or on the sidelines of, if any.</summary>
    [RecordReference(typeof(Event), Relation = "held alongside")]
    public string? SidelinesOfId { get; init; }

    /// <summary>Gets a short description of what happened, in the project's own words.</summary>
    public string? Description { get; init; }

    /// <summary>Gets whether the event was announced and is not known to have taken place: <see cref="Date"/> is when it was to be held.</summary>
    public bool Planned { get; init; }

    /// <summary>
    /// Gets the ids of what the event dealt with, e.g. the plan of action it reviewed or the activity it launched; action
    /// lines go in <see cref="ActionLineCodes"/>.
    /// </summary>
    [RecordReference(
        typeof(SourceDocument), typeof(MemberState), typeof(StateGrouping), typeof(Place), typeof(Organisation), typeof(Person),
        typeof(Instrument), typeof(Event), typeof(Activity), typeof(Figure))]
    public EquatableArray<string> SubjectIds { get; init; }

    /// <summary>Gets the id of the mechanism the event is one meeting of, e.g. the annual Secretariat-to-Secretariat meeting (an activity) or the instrument that set it up.</summary>
    [RecordReference(typeof(Activity), typeof(Instrument), Relation = "one meeting of")]
    public string? SeriesId { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override string? KindName => Kind.ToString();

    /// <inheritdoc/>
    public override PartialDate? RecordDate => Date;

    /// <inheritdoc/>
    public override EquatableArray<string> ActionLineTags => ActionLineCodes;

    /// <inheritdoc/>
    internal override EquatableArray<string> TakingPartIds => ParticipantIds;
}
