using System;
using System.Collections.Generic;
using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>
/// What every record of the dataset has: a stable identifier, the source paragraphs it comes from, an optional
/// note where the source repeats or contradicts itself, and its statements: values with their time, evidence, basis
/// (stated or inferred) and rank.
/// </summary>
/// <remarks>
/// Identifiers are lower-case kebab-case (<c>summit-4</c>, <c>unicef</c>) and unique across the whole dataset,
/// whatever the record type, so one id names one thing.
/// </remarks>
public abstract record PartnershipRecord
{
    /// <summary>Gets the identifier, unique across the dataset.</summary>
    [RecordId]
    public required string Id { get; init; }

    private EquatableArray<Citation> _sources;
    private EquatableArray<Statement> _statements;
    private EquatableArray<Statement> _inferred;
    private EquatableArray<Statement> _claimed;
    private EquatableArray<Statement> _history;

    // Derived from the fields above, never compared: every init of one of them drops it, so a copy made by `with`
    // never keeps a stale one.
    private Statement[]? _all;
    private StatusSteps? _statusSteps;

    // Whether `with` made this record: then an init replaces what its view shows; in an object initializer the
    // shorthands and Statements add up, whatever order they come in.
    private readonly bool _isCopy;

    /// <summary>Initializes a record; its members are set by an object initializer.</summary>
    protected PartnershipRecord()
    {
    }

    /// <summary>Copies <paramref name="original"/>, for <c>with</c> expressions.</summary>
    /// <param name="original">The record to copy.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    protected PartnershipRecord(PartnershipRecord original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Id = original.Id;
        _sources = original._sources;
        Note = original.Note;
        _statements = original.Statements;
        _all = original._all;
        _isCopy = true;
    }

    /// <summary>Gets the citations of the source paragraphs this record comes from: the union of its statements' evidence; never empty.</summary>
    public required EquatableArray<Citation> Sources
    {
        get => _sources;
        init
        {
            _sources = value;
            _statusSteps = null;
        }
    }

    /// <summary>Gets a note on how the source states this fact, e.g. that it repeats it or gives it out of order.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the statements about the record's values, each with its time, evidence, basis and rank: the record's one
    /// provenance store. <see cref="Inferences"/>, <see cref="Claims"/> and <see cref="Instrument.History"/> are views
    /// of it, and their init accessors are shorthands that add statements to it.
    /// </summary>
    /// <remarks>
    /// Setting this property gives the statements written as such; the shorthands' statements follow them, whatever
    /// order an object initializer sets them in. A value the statements do not name is stated by <see cref="Sources"/>.
    /// </remarks>
    [WrittenWhenSet]
    public EquatableArray<Statement> Statements
    {
        get => EquatableArray.TakeOwnership(_all ??= Combine());
        init
        {
            _statements = _isCopy ? value : Join(_statements, value);
            Changed();
        }
    }

    /// <summary>
    /// Gets the inferred statements as markers (property, by its C# name, and reason): the values the cited evidence
    /// does not state. Setting it adds an inferred statement per marker, its property stored under its JSON name.
    /// </summary>
    [StatementView]
    public EquatableArray<Inference> Inferences
    {
        get
        {
            var inferences = new List<Inference>();
            foreach (var statement in Statements)
            {
                if (statement.Basis == StatementBasis.Inferred)
                {
                    inferences.Add(new Inference(StatementProperty.CSharpName(statement.Property), statement.Reason ?? ""));
                }
            }

            return EquatableArray.TakeOwnership(inferences.ToArray());
        }

        init
        {
            var statements = new Statement[value.Count];
            for (var i = 0; i < statements.Length; i++)
            {
                statements[i] = new Statement { Property = StatementProperty.JsonName(value[i].Property), Evidence = default, Basis = StatementBasis.Inferred, Reason = value[i].Reason };
            }

            _inferred = EquatableArray.TakeOwnership(statements);
            DropFromCopy(static s => s.Basis == StatementBasis.Inferred);
        }
    }

    /// <summary>
    /// Gets the undated statements that carry a value of their own, as claims (properties by their C# names): where sources disagree or a later
    /// source corrected a value, the <see cref="ClaimRank.Preferred"/> one being the value the record carries.
    /// Setting it adds a statement per claim (a shorthand of format version 1).
    /// </summary>
    [StatementView]
    public EquatableArray<Claim> Claims
    {
        get
        {
            var claims = new List<Claim>();
            foreach (var statement in Statements)
            {
                if (IsClaim(statement))
                {
                    var value = statement.Value!;
                    claims.Add(new Claim { Property = StatementProperty.CSharpName(statement.Property), Value = value, Sources = statement.Citations, Rank = (ClaimRank)statement.Rank, Reason = statement.Reason });
                }
            }

            return EquatableArray.TakeOwnership(claims.ToArray());
        }

        init
        {
            var statements = new Statement[value.Count];
            for (var i = 0; i < statements.Length; i++)
            {
                var claim = value[i];
                statements[i] = new Statement
                {
                    Property = StatementProperty.JsonName(claim.Property), Value = claim.Value, Evidence = Model.Evidence.Of(claim.Sources),
                    Rank = (StatementRank)claim.Rank, Reason = claim.Reason,
                };
            }

            _claimed = EquatableArray.TakeOwnership(statements);
            DropFromCopy(IsClaim);
        }
    }

    /// <summary>Returns whether <paramref name="property"/> holds an inferred value; a C# (<c>PlaceId</c>) or JSON (<c>placeId</c>) name.</summary>
    /// <param name="property">The property name.</param>
    public bool IsInferred(string property) => ReasonInferred(property) is not null;

    /// <summary>Returns why <paramref name="property"/> was inferred, or <see langword="null"/> when the evidence states it.</summary>
    /// <param name="property">The property name, C# (<c>PlaceId</c>) or JSON (<c>placeId</c>).</param>
    public string? ReasonInferred(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        foreach (var statement in Statements)
        {
            if (statement.Basis == StatementBasis.Inferred && statement.Rank != StatementRank.Deprecated && StatementProperty.Is(statement, property))
            {
                return statement.Reason ?? "";
            }
        }

        return null;
    }

    /// <summary>Compares the record by value: its type, id, sources, note, statements and its type's own values.</summary>
    /// <param name="other">The record to compare with.</param>
    public virtual bool Equals(PartnershipRecord? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityContract == other.EqualityContract
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Sources.Equals(other.Sources)
            && string.Equals(Note, other.Note, StringComparison.Ordinal)
            && Statements.Equals(other.Statements));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Id, Sources, Note, Statements);

    /// <summary>Sets the statements the <see cref="Instrument.History"/> shorthand writes.</summary>
    private protected void SetHistory(EquatableArray<Statement> history)
    {
        _history = history;
        DropFromCopy(static s => s.Property == StatementProperty.Status && s.Time is not null);
    }

    // A claim, in the view of format version 1: a stated, undated value of its own.
    private static bool IsClaim(Statement statement) => statement is { Value: not null, Time: null, Basis: StatementBasis.Stated };

    // In a copy, a shorthand replaces the statements its view shows; elsewhere it only adds its own.
    private void DropFromCopy(Func<Statement, bool> shown)
    {
        if (_isCopy)
        {
            var kept = new List<Statement>(_statements.Count);
            foreach (var statement in _statements)
            {
                if (!shown(statement))
                {
                    kept.Add(statement);
                }
            }

            _statements = EquatableArray.TakeOwnership(kept.ToArray());
        }

        Changed();
    }

    // The concatenation has a method of its own: a record read from the built-in data joins its statements to none,
    // and the spread would make every first look-up compile more.
    private static EquatableArray<Statement> Join(EquatableArray<Statement> first, EquatableArray<Statement> second) =>
        first.IsEmpty ? second : second.IsEmpty ? first : Concatenated(first, second);

    private static EquatableArray<Statement> Concatenated(EquatableArray<Statement> first, EquatableArray<Statement> second) =>
        EquatableArray.TakeOwnership([.. first, .. second]);

    /// <summary>Gets the record's status statements, ordered, for as-of answers (built once per record).</summary>
    internal StatusSteps StatusSteps => _statusSteps ??= StatusSteps.Of(this, undatedTime: null);

    /// <summary>Drops what is derived from the statements, after one of their parts changed.</summary>
    private protected void Changed()
    {
        _all = null;
        _statusSteps = null;
    }

    private Statement[] Combine()
    {
        var all = new Statement[_statements.Count + _inferred.Count + _claimed.Count + _history.Count];
        _statements.AsSpan().CopyTo(all);
        _history.AsSpan().CopyTo(all.AsSpan(_statements.Count));
        _claimed.AsSpan().CopyTo(all.AsSpan(_statements.Count + _history.Count));
        _inferred.AsSpan().CopyTo(all.AsSpan(_statements.Count + _history.Count + _claimed.Count));
        return all;
    }

    /// <summary>Gets the human-readable name or title of the record.</summary>
    public abstract string Label { get; }

    /// <summary>Gets the name of the record's kind: an event's, instrument's or organisation's kind (e.g. <c>Summit</c>), or <see langword="null"/> for a record type without kinds.</summary>
    public virtual string? KindName => null;

    /// <summary>
    /// Gets the record's own date, where its type has one: when an event took place; when an instrument was signed,
    /// adopted or published; the date a figure holds for; the date up to which a source document reports.
    /// </summary>
    public virtual PartialDate? RecordDate => null;

    /// <summary>Gets the span of time the record covers, where its type has one: an instrument's or an activity's period.</summary>
    public virtual PartialDate? RecordPeriod => null;

    /// <summary>
    /// Gets the date that places the record on the timeline: its <see cref="RecordDate"/>, else its
    /// <see cref="RecordPeriod"/>; <see langword="null"/> for a record that is not part of the history (a source
    /// document, the code tree, actors and places).
    /// </summary>
    public virtual PartialDate? TimelineDate => RecordDate ?? RecordPeriod;

    /// <summary>
    /// Gets the dates a date query matches the record by: its <see cref="RecordDate"/> and its <see cref="RecordPeriod"/>,
    /// for a record on the timeline (<see cref="TimelineDate"/> is set); none for any other.
    /// </summary>
    public EquatableArray<PartialDate> Dates => TimelineDate is null ? default
        : (RecordDate, RecordPeriod) switch
        {
            ({ } date, { } period) => [date, period],
            ({ } date, null) => [date],
            (null, { } period) => [period],
            _ => default,
        };

    /// <summary>Gets the codes of the action lines the record is tagged with (instruments, events, activities and figures have them).</summary>
    public virtual EquatableArray<string> ActionLineTags => default;

    /// <summary>Gets the ids of the records this record names through its reference properties, each once, in model order.</summary>
    public EquatableArray<string> ReferencedIds => EquatableArray.From(RecordTypes.TargetsOf(this));

    /// <summary>Gets the ids of the parties that take part in what the record describes, for the cooperation links: an instrument's parties, an event's participants, an activity's supporters and partners.</summary>
    internal virtual EquatableArray<string> TakingPartIds => default;

    /// <summary>Gets the code of the pillar a record of the code tree belongs to (a pillar's own code), else <see langword="null"/>.</summary>
    internal virtual string? TreePillarCode => null;

    /// <summary>Returns the texts a search looks at: id, label, then names, titles, acronyms, aliases and codes, then the alternative names statements give.</summary>
    internal List<string> SearchTexts()
    {
        var texts = new List<string> { Id, Label };
        AddSearchTexts(texts);
        foreach (var statement in Statements)
        {
            if (statement is { RankReason: RankReason.AlternativeName, Value: { } name })
            {
                texts.Add(name);
            }
        }

        return texts;
    }

    /// <summary>Adds the texts a search looks at beyond the id and label: names, titles, acronyms, aliases, codes.</summary>
    internal virtual void AddSearchTexts(List<string> texts)
    {
    }
}
