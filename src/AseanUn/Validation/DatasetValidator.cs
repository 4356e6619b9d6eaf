using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Utility;

namespace AseanUn.Validation;

/// <summary>
/// The one implementation of every rule a dataset must keep, whether it was built in code, imported from JSON or
/// merged: unique well-formed ids, references that resolve to records of an allowed type, codes consistent with their
/// parents, a citation for every record, citations of paragraphs that exist, unambiguous organisation names.
/// The JSON layer checks the document's shape first; whoever calls says where each problem stands (<see cref="ProblemPlacer"/>).
/// </summary>
internal sealed partial class DatasetValidator
{
    private readonly Dictionary<string, Known> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Known> _organisationNames = new(FoldedStringComparer.Instance);
    private readonly ProblemPlacer _place;
    private readonly ProblemList _problems;

    // The most messages about unresolved ids that look for what was meant (NearestNames), and how many have.
    private const int MaxSuggested = 100;
    private static readonly Type[] SourceDocumentOnly = [typeof(SourceDocument)];
    private int _suggested;

    private readonly IStatementValues _values;

    private DatasetValidator(IStatementValues values, ProblemPlacer place, ProblemList problems)
    {
        _values = values;
        _place = place;
        _problems = problems;
    }

    /// <summary>Validates <paramref name="entries"/>, resolving references against them and <paramref name="baseDataset"/>.</summary>
    /// <param name="entries">The records to check, in document order.</param>
    /// <param name="baseDataset">An already valid dataset the entries are merged into, or <see langword="null"/>.</param>
    /// <param name="values">The record types' properties and value types, for the statement rules.</param>
    /// <param name="place">Makes each problem, with its path and position.</param>
    /// <param name="problems">Where the problems go, in the order found; past its capacity they are only counted, never made.</param>
    /// <param name="asOf">The as-of date of the layer the entries make, which nothing they state may follow; <see langword="null"/> leaves dates unchecked.</param>
    public static void Validate(
        IReadOnlyList<RecordEntry> entries, PartnershipDataset? baseDataset, IStatementValues values, ProblemPlacer place, ProblemList problems, PartialDate? asOf = null)
    {
        var validator = new DatasetValidator(values, place, problems) { _asOf = asOf };
        if (baseDataset is not null)
        {
            foreach (var record in baseDataset.Records)
            {
                validator._known[record.Id] = new Known(record.GetType(), record, null);
                if (record is Organisation organisation)
                {
                    validator.RegisterNames(organisation, null);
                }
            }
        }

        foreach (var entry in entries)
        {
            validator.CheckId(entry);
        }

        foreach (var entry in entries)
        {
            if (entry.Record is { } record)
            {
                validator.CheckRecord(entry, record);
            }
        }
    }

    /// <summary>Places a problem at its JSON path only: the placing of a dataset built in code, which has no document.</summary>
    public static DatasetProblem AtPath(RecordEntry entry, RecordSite site, DatasetProblemKind kind, string message) =>
        new(kind, site.AppendTo(entry.Path), null, null, message);

    private void Report(RecordEntry entry, RecordSite site, DatasetProblemKind kind, string message)
    {
        if (!_problems.CountedOnly())
        {
            _problems.Listed.Add(_place(entry, site, kind, message));
        }
    }

    private void CheckId(RecordEntry entry)
    {
        var site = new RecordSite("id");
        if (string.IsNullOrEmpty(entry.Id))
        {
            if (entry.Record is not null)
            {
                Report(entry, site, DatasetProblemKind.InvalidId, "The id is empty.");
            }

            return;
        }

        if (entry.Record is { } record && RecordIds.ShapeProblem(RecordTypes.All[RecordTypes.IndexOf(record)].IdRule, entry.Id) is { } shape)
        {
            Report(entry, site, DatasetProblemKind.InvalidId, $"The id {Quoted.Of(entry.Id)} is not valid: {shape}.");
        }

        if (_known.TryGetValue(entry.Id, out var earlier))
        {
            var where = earlier.Entry is null ? "the dataset merged into" : earlier.Entry.Path;
            Report(entry, site, DatasetProblemKind.DuplicateId, $"The id {Quoted.Of(entry.Id)} is already used by the {earlier.Type.Name} at {where}.");
            return;
        }

        _known.Add(entry.Id, new Known(entry.Type, entry.Record, entry));
        if (entry.Record is Organisation organisation)
        {
            RegisterNames(organisation, entry);
        }
    }

    private void RegisterNames(Organisation organisation, RecordEntry? entry)
    {
        Register(organisation.Name, new RecordSite("name"));
        if (organisation.Acronym is { } acronym)
        {
            Register(acronym, new RecordSite("acronym"));
        }

        for (var i = 0; i < organisation.Aliases.Count; i++)
        {
            Register(organisation.Aliases[i], new RecordSite("aliases", i));
        }

        void Register(string name, RecordSite site)
        {
            if (!_organisationNames.TryGetValue(name, out var other))
            {
                _organisationNames.Add(name, new Known(typeof(Organisation), organisation, entry));
            }
            else if (!ReferenceEquals(other.Record, organisation) && entry is not null)
            {
                Report(entry, site, DatasetProblemKind.AmbiguousName, $"{Quoted.Of(name)} also names the organisation {Quoted.Of(other.Record!.Id)}, so a look-up by it would be ambiguous.");
            }
        }
    }

    private void CheckRecord(RecordEntry entry, PartnershipRecord record)
    {
        CheckCitations(entry, record);
        CheckLayerRules(entry, record);
        RecordTypes.ForEachReference(record, (Validator: this, Entry: entry), static (state, id, property, site) => state.Validator.CheckReference(state.Entry, id, property, site));
        CheckFacts(entry, record);
        switch (record)
        {
            case Area area when entry.Id is { } id && !id.StartsWith(area.PillarCode + ".", StringComparison.Ordinal):
                Report(entry, new RecordSite("pillarCode"), DatasetProblemKind.InconsistentCode, $"The area {Quoted.Of(id)} is not coded under its pillar {Quoted.Of(area.PillarCode)}.");
                break;
            case ActionLine line when entry.Id is { } id && !id.StartsWith(line.AreaCode + ".", StringComparison.Ordinal):
                Report(entry, new RecordSite("areaCode"), DatasetProblemKind.InconsistentCode, $"The action line {Quoted.Of(id)} is not coded under its area {Quoted.Of(line.AreaCode)}.");
                break;
            case SourceDocument document when document.ParagraphCount < 0:
                Report(entry, new RecordSite("paragraphCount"), DatasetProblemKind.InvalidValue, $"A source document has 0 numbered paragraphs or more, not {document.ParagraphCount}.");
                break;
            case Instrument instrument:
                CheckStatus(entry, instrument);
                break;
            case Event { Ordinal: < 1 } dated:
                Report(entry, new RecordSite("ordinal"), DatasetProblemKind.InvalidValue, $"An ordinal counts from 1, not {dated.Ordinal}.");
                break;
        }
    }

    private void CheckCitations(RecordEntry entry, PartnershipRecord record)
    {
        if (record.Sources.IsEmpty)
        {
            Report(entry, new RecordSite("sources"), DatasetProblemKind.MissingCitation, "The record cites no source paragraph; every fact must cite where it comes from.");
            return;
        }

        CheckCitations(entry, record.Sources, "sources", null);
        CheckStatements(entry, record);
    }

    // Whether a status step dated `step` may not follow one dated `previous`: a step known only as "no later than" a
    // day (an open start) is ordered by that day, so it can follow steps dated before it.
    internal static bool OutOfOrder(PartialDate step, PartialDate previous) =>
        step.HasOpenStart || previous.HasOpenStart ? step.End < previous.End : step.CompareTo(previous) < 0;

    // Citations of a record (property "sources"), or of one statement's evidence ("statements", i).
    private void CheckCitations(RecordEntry entry, EquatableArray<Citation> sources, string property, int? item)
    {
        RecordSite Site(int i, string part) => item is { } at
            ? new RecordSite(property, at, $"evidence[{i}].citation.{part}")
            : new RecordSite(property, i, part);

        for (var i = 0; i < sources.Count; i++)
        {
            var citation = sources[i];
            if (!_known.TryGetValue(citation.DocumentId ?? "", out var known) || known.Record is not SourceDocument document)
            {
                if (known.Type != typeof(SourceDocument) || known.Record is not null)
                {
                    Report(entry, Site(i, "documentId"), DatasetProblemKind.DanglingReference,
                        $"{Quoted.Of(citation.DocumentId)} names no source document{Suggest(citation.DocumentId, SourceDocumentOnly)}");
                }

                continue;
            }

            if (citation.Paragraph is { } paragraph && (paragraph < 1 || paragraph > document.ParagraphCount))
            {
                Report(entry, Site(i, "paragraph"), DatasetProblemKind.InvalidCitation, document.ParagraphCount == 0
                    ? $"{Quoted.Of(document.Id)} has no numbered paragraphs; cite it as a whole, not ¶{paragraph}."
                    : $"{Quoted.Of(document.Id)} has paragraphs 1–{document.ParagraphCount}, not {paragraph}.");
            }
        }
    }

    private void CheckReference(RecordEntry entry, string id, ReferenceProperty property, RecordSite site)
    {
        if (!_known.TryGetValue(id ?? "", out var target))
        {
            var code = property.Targets.Length == 1 ? RecordTypes.All[RecordTypes.IndexOf(property.Targets[0])].CodeName : null;
            if (code is not null)
            {
                Report(entry, site, DatasetProblemKind.UnknownCode, $"Unknown {code} code {Quoted.Of(id)}{Suggest(id, property.Targets)}");
            }
            else
            {
                Report(entry, site, DatasetProblemKind.DanglingReference,
                    $"{Quoted.Of(id)} names no record; {property.JsonName} must name {property.DescribeTargets()}{Suggest(id, property.Targets)}");
            }

            return;
        }

        if (Array.IndexOf(property.Targets, target.Type) < 0)
        {
            Report(entry, site, DatasetProblemKind.DanglingReference,
                $"{Quoted.Of(id)} is {Wording.WithArticle(target.Type.Name)}, but {property.JsonName} must name {property.DescribeTargets()}.");
        }
    }

    // The end of a message about an id that names nothing: the ids of the right type it most likely meant. Only the
    // first MaxSuggested such messages look, so a document of many dangling ids costs no more than a short one.
    private string Suggest(string? id, Type[] targets)
    {
        if (_suggested++ >= MaxSuggested)
        {
            return ".";
        }

        var candidates = new List<string>();
        foreach (var (knownId, known) in _known)
        {
            if (Array.IndexOf(targets, known.Type) >= 0)
            {
                candidates.Add(knownId);
            }
        }

        return NearestNames.Ending(NearestNames.For(id, candidates));
    }

    private readonly record struct Known(Type Type, PartnershipRecord? Record, RecordEntry? Entry);
}
