using System;
using System.Collections.Generic;
using AseanUn.Model;

namespace AseanUn.Validation;

// The rules of the facts later documents state: the place and body of a status step, retracted statements, copies of
// documents, lower bounds and series of figures, planned events and their subjects.
internal sealed partial class DatasetValidator
{
    // Units of a share of a whole, which nothing exceeds: "more than 100 per cent" of it is no lower bound.
    private static readonly string[] ShareUnits = ["per cent", "percent", "%", "percentage"];

    private void CheckFacts(RecordEntry entry, PartnershipRecord record)
    {
        CheckStatementFacts(entry, record);
        switch (record)
        {
            case SourceDocument { ThirdPartyCopy: true, Url: null }:
                Report(entry, new RecordSite("thirdPartyCopy"), DatasetProblemKind.InvalidValue,
                    "thirdPartyCopy says the url is a copy held by someone other than the issuer, but the document has no url.");
                break;
            case Figure figure:
                CheckLowerBound(entry, figure);
                CheckSeries(entry, figure);
                break;
            case Event { Planned: true, OutcomeIds.IsEmpty: false }:
                Report(entry, new RecordSite("planned"), DatasetProblemKind.InvalidValue,
                    "A planned event is not known to have taken place, so it has no outcomes; leave outcomeIds empty until a source says it was held.");
                break;
        }

        if (record is Event meeting && entry.Id is { } id && meeting.SubjectIds.Contains(id))
        {
            Report(entry, new RecordSite("subjectIds", meeting.SubjectIds.AsSpan().IndexOf(id)), DatasetProblemKind.InvalidValue,
                "An event is not its own subject; subjectIds names what the meeting dealt with.");
        }
    }

    // A statement's place and body say where and by whom a status act was done, so only status statements carry them,
    // and they name a place, and an organisation or event. A retracted statement is deprecated and says why.
    private void CheckStatementFacts(RecordEntry entry, PartnershipRecord record)
    {
        var statements = record.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            foreach (var actor in StatementActors.All)
            {
                if (actor.ReadSingle(statement) is not { } id)
                {
                    continue;
                }

                var site = new RecordSite("statements", i, actor.JsonName);
                if (statement.Property != StatementProperty.Status || record is not Instrument)
                {
                    Report(entry, site, DatasetProblemKind.InvalidValue,
                        $"Only an instrument's status statement says where or by whom its act was done; this statement is about {Quoted.Of(statement.Property)}.");
                }
                else
                {
                    CheckReference(entry, id, actor, site);
                }
            }

            if (statement.RankReason == RankReason.Retracted && (statement.Rank != StatementRank.Deprecated || string.IsNullOrWhiteSpace(statement.Reason)))
            {
                Report(entry, new RecordSite("statements", i, statement.Rank != StatementRank.Deprecated ? "rank" : "reason"), DatasetProblemKind.InvalidValue,
                    "A retracted statement is kept deprecated, with the reason it was withdrawn.");
            }
        }
    }

    // A lower bound of a share must leave room above it: nothing is more than all of a whole, and "at least all" is all.
    private void CheckLowerBound(RecordEntry entry, Figure figure)
    {
        if (figure.Precision is FigurePrecision.AtLeast or FigurePrecision.MoreThan
            && Array.Exists(ShareUnits, unit => string.Equals(unit, figure.Unit.Trim(), StringComparison.OrdinalIgnoreCase)) && figure.Value >= 100)
        {
            Report(entry, new RecordSite("precision"), DatasetProblemKind.InvalidValue, figure.Precision == FigurePrecision.MoreThan
                ? $"Nothing is more than {figure.Value} {figure.Unit} of a whole; a lower bound of a share is below 100."
                : $"At least {figure.Value} {figure.Unit} of a whole is all of it; state it as exact.");
        }
    }

    // A figure continues an earlier figure of the same unit, and a series never comes back to a figure it passed.
    private void CheckSeries(RecordEntry entry, Figure figure)
    {
        if (figure.ContinuesId is not { } previousId || !_known.TryGetValue(previousId, out var known) || known.Record is not Figure previous)
        {
            return;
        }

        var site = new RecordSite("continuesId");
        if (!string.Equals(previous.Unit, figure.Unit, StringComparison.Ordinal))
        {
            Report(entry, site, DatasetProblemKind.InvalidValue,
                $"A figure continues a figure of the same unit; {Quoted.Of(previousId)} counts {Quoted.Of(previous.Unit)}, this one {Quoted.Of(figure.Unit)}.");
        }
        else if (previous.AsOf.End >= figure.AsOf.End && !ReferenceEquals(previous, figure))
        {
            Report(entry, site, DatasetProblemKind.InvalidValue,
                $"A figure continues an earlier one; {Quoted.Of(previousId)} holds for {previous.AsOf}, not before this one's {figure.AsOf}.");
        }

        // Walks back along the series; a walk longer than the dataset, or one that meets this figure, is a cycle.
        var seen = new HashSet<string>(StringComparer.Ordinal) { figure.Id };
        for (Figure? step = previous; step is not null; step = step.ContinuesId is { } next && _known.TryGetValue(next, out var k) ? k.Record as Figure : null)
        {
            if (!seen.Add(step.Id))
            {
                if (step.Id == figure.Id)
                {
                    Report(entry, site, DatasetProblemKind.InvalidValue,
                        $"The series comes back to {Quoted.Of(figure.Id)} through {Quoted.Of(previousId)}; a figure continues an earlier figure, never itself or a later one.");
                }

                return;
            }
        }
    }
}
