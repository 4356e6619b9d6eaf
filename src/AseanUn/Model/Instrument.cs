using System.Collections.Generic;
using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>An instrument or document: an MoU, declaration, plan, framework, report or General Assembly resolution.</summary>
[RecordGroup("instruments", 9)]
public sealed record Instrument : PartnershipRecord
{
    /// <summary>Gets the kind of instrument.</summary>
    public required InstrumentKind Kind { get; init; }

    /// <summary>Gets the title as the report gives it.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the short name the report uses, if any, e.g. <c>FAC</c> or <c>MPAC</c>.</summary>
    public string? ShortName { get; init; }

    /// <summary>Gets the UN document symbol, for General Assembly resolutions, e.g. <c>61/44</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary>Gets the date it was signed, adopted or published, if the report gives one; for planned instruments, the expected date.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the period the instrument covers, e.g. 2016/2020, if it has one.</summary>
    public PartialDate? Period { get; init; }

    /// <summary>Gets the status as of the dataset's as-of date: the latest entry of <see cref="History"/>, or, for an instrument without a history, the one status its sources give.</summary>
    public required InstrumentStatus Status { get; init; }

    /// <summary>Gets the dated, cited steps of the instrument's status, in date order; empty when the sources date none.</summary>
    public EquatableArray<StatusEntry> History { get; init; }

    /// <summary>Gets the ids of the parties: organisations and member states.</summary>
    [RecordReference(typeof(Organisation), typeof(MemberState), typeof(StateGrouping))]
    public EquatableArray<string> PartyIds { get; init; }

    /// <summary>Gets the codes of the action lines the instrument serves.</summary>
    [RecordReference(typeof(ActionLine))]
    public EquatableArray<string> ActionLineCodes { get; init; }

    /// <summary>Gets the id of the instrument this one implements or follows up, if any.</summary>
    [RecordReference(typeof(Instrument))]
    public string? ImplementsId { get; init; }

    /// <summary>Gets a short description in the project's own words.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override string? KindName => Kind.ToString();

    /// <inheritdoc/>
    public override PartialDate? RecordDate => Date;

    /// <inheritdoc/>
    public override PartialDate? RecordPeriod => Period;

    /// <inheritdoc/>
    public override EquatableArray<string> ActionLineTags => ActionLineCodes;

    /// <inheritdoc/>
    internal override EquatableArray<string> TakingPartIds => PartyIds;

    /// <inheritdoc/>
    internal override void AddSearchTexts(List<string> texts)
    {
        texts.Add(Title);
        texts.AddRange(Searchable.Present(ShortName, Symbol));
    }

    /// <summary>Returns the instrument's status as known on <paramref name="date"/>.</summary>
    /// <remarks>
    /// With a history, the status of the latest entry that had certainly happened by <paramref name="date"/> (its whole
    /// span on or before the date), or <see langword="null"/> when none had: the instrument's status was not yet known.
    /// Without a history, <see cref="Status"/>, the one undated status the sources give.
    /// </remarks>
    /// <param name="date">The day to ask about.</param>
    public InstrumentStatus? StatusAsOf(NodaTime.LocalDate date)
    {
        if (History.IsEmpty)
        {
            return Status;
        }

        InstrumentStatus? status = null;
        foreach (var entry in History)
        {
            if (entry.Date.End > date)
            {
                break;
            }

            status = entry.Status;
        }

        return status;
    }
}
