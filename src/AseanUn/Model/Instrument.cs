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

    private InstrumentStatus _status;

    /// <summary>
    /// Gets the status as of the dataset's as-of date: the value of its latest dated status statement when it has one
    /// (the history's last step), else the one undated status its sources give. Setting it gives that undated status;
    /// the validator refuses one that differs from the latest dated statement.
    /// </summary>
    [StoredAs(nameof(AuthoredStatus))]
    public required InstrumentStatus Status
    {
        get => LatestDatedStatus() ?? _status;
        init
        {
            _status = value;
            Changed();
        }
    }

    /// <summary>Gets the status as given, before a dated statement's value takes its place.</summary>
    internal InstrumentStatus AuthoredStatus => _status;

    /// <summary>
    /// Gets the dated status statements as steps of a history, in the order they are stored (a view of
    /// <see cref="PartnershipRecord.Statements"/>). Setting it adds one dated <c>status</c> statement per step.
    /// </summary>
    [StatementView]
    public EquatableArray<StatusEntry> History
    {
        get
        {
            var steps = new List<StatusEntry>();
            foreach (var statement in Statements)
            {
                if (statement is { Property: StatementProperty.Status, Time: { } time } && StatusValue.TryParse(statement.Value, _status, out var status))
                {
                    steps.Add(new StatusEntry { Status = status, Date = time, Sources = statement.Citations });
                }
            }

            return EquatableArray.TakeOwnership(steps.ToArray());
        }

        init
        {
            var statements = new Statement[value.Count];
            for (var i = 0; i < statements.Length; i++)
            {
                var step = value[i];
                statements[i] = new Statement { Property = StatementProperty.Status, Value = StatusValue.Format(step.Status), Time = step.Date, Evidence = Model.Evidence.Of(step.Sources) };
            }

            SetHistory(EquatableArray.TakeOwnership(statements));
        }
    }

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

    /// <summary>Returns what the evidence says the instrument's status was on <paramref name="date"/>: known, uncertain or unknown.</summary>
    /// <remarks>
    /// The rules are those of <see cref="StatusAnswer"/>. Asked alone, the instrument cannot date an undated status (the
    /// dates of the documents citing it are in its dataset), so that status is only its last known value; ask
    /// <see cref="PartnershipDataset.StatusAsOf"/> to have it dated. Allocates nothing once the steps are built.
    /// </remarks>
    /// <param name="date">The date to ask about; a date that is not a day is asked about its last day.</param>
    /// <exception cref="System.ArgumentException"><paramref name="date"/> has an open or unknown end.</exception>
    public StatusAnswer StatusAsOf(PartialDate date) => StatusSteps.Answer(date, AsOfDay.Of(date, nameof(date)));

    // The value of the latest dated, non-deprecated status statement, by the end of its time.
    private InstrumentStatus? LatestDatedStatus()
    {
        var steps = StatusSteps;
        return steps.Count > 0 && steps.Statement(steps.Count - 1).Time is not null ? steps.Status(steps.Count - 1) : null;
    }
}
