using System.Linq;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Queries;

/// <summary>Each as-of rule on a small constructed dataset, so that the rules hold whatever the built-in data says.</summary>
public sealed class StatusAnswerRuleTests
{
    private const string Document = "report";

    private static EquatableArray<Citation> Cite(params int[] paragraphs) => EquatableArray.From(paragraphs.Select(p => new Citation(Document, p)));

    private static StatusEntry Step(InstrumentStatus status, PartialDate date, int paragraph) => new() { Status = status, Date = date, Sources = Cite(paragraph) };

    private static PartnershipDataset With(params Instrument[] instruments) => new("rules", PartialDate.Month(2017, 3),
    [
        new SourceDocument { Id = Document, Title = "Report", Publisher = "Publisher", AsOf = PartialDate.Month(2017, 3), ParagraphCount = 40, Sources = Cite(1) },
        .. instruments,
    ]);

    private static Instrument Plan(InstrumentStatus status, params StatusEntry[] history) => new()
    {
        Id = "plan", Kind = InstrumentKind.PlanOfAction, Title = "Plan", Status = status, History = [.. history],
        Sources = EquatableArray.From(history.SelectMany(h => h.Sources).Append(new Citation(Document, 1)).Distinct()),
    };

    [Fact]
    public void A_day_dated_act_is_known_from_that_day_with_its_evidence()
    {
        var data = With(Plan(InstrumentStatus.Signed, Step(InstrumentStatus.Signed, PartialDate.Day(2007, 9, 27), 4)));

        var answer = data.StatusAsOf("plan", PartialDate.Day(2007, 9, 27));

        Assert.Equal(Certainty.Known, answer.Certainty);
        Assert.Equal(InstrumentStatus.Signed, answer.Status);
        Assert.Equal(PartialDate.Day(2007, 9, 27), answer.Since);
        Assert.Equal([new Evidence(new Citation(Document, 4))], answer.Evidence);
        Assert.Equal(Certainty.Unknown, data.StatusAsOf("plan", PartialDate.Day(2007, 9, 26)).Certainty);
        Assert.Equal(InstrumentStatus.Signed, data.StatusAsOf("plan", PartialDate.Year(2030)).Status);
    }

    [Fact]
    public void A_month_dated_act_asked_about_a_day_inside_the_month_is_uncertain()
    {
        var data = With(Plan(InstrumentStatus.Adopted, Step(InstrumentStatus.Adopted, PartialDate.Month(2015, 11), 30)));

        var inside = data.StatusAsOf("plan", PartialDate.Day(2015, 11, 15));

        Assert.Equal(Certainty.Uncertain, inside.Certainty);
        Assert.Null(inside.Status);
        Assert.Equal([InstrumentStatus.Adopted], inside.Candidates.ToEquatableArray().Select(c => c.Status));
        Assert.Equal(InstrumentStatus.Adopted, data.StatusAsOf("plan", PartialDate.Day(2015, 11, 30)).Status);
        Assert.Equal(InstrumentStatus.Adopted, data.StatusAsOf("plan", PartialDate.Month(2015, 11)).Status);
    }

    [Fact]
    public void Nothing_is_known_before_its_evidence_and_no_last_known_is_invented()
    {
        var data = With(Plan(InstrumentStatus.Adopted, Step(InstrumentStatus.Adopted, PartialDate.Day(2015, 11, 18), 30)));

        var answer = data.StatusAsOf("plan", PartialDate.Day(2010, 1, 1));

        Assert.Equal(Certainty.Unknown, answer.Certainty);
        Assert.Null(answer.LastKnown);
        Assert.True(answer.Evidence.IsEmpty);
    }

    [Fact]
    public void A_transient_status_is_not_known_past_its_evidence_but_stays_the_last_known()
    {
        var data = With(Plan(InstrumentStatus.Planned, Step(InstrumentStatus.Planned, PartialDate.Day(2005, 9, 13), 3)));

        var on = data.StatusAsOf("plan", PartialDate.Day(2005, 9, 13));
        var later = data.StatusAsOf("plan", PartialDate.Day(2008, 1, 1));

        Assert.Equal(InstrumentStatus.Planned, on.Status);
        Assert.Equal(Certainty.Unknown, later.Certainty);
        Assert.Equal(InstrumentStatus.Planned, later.LastKnown?.Status);
        Assert.Equal(PartialDate.Day(2005, 9, 13), later.LastKnown?.Since);
        Assert.Equal([new Evidence(new Citation(Document, 3))], later.Evidence);
    }

    [Fact]
    public void A_no_later_than_bound_is_known_from_its_end_and_no_evidence_before()
    {
        var data = With(Plan(
            InstrumentStatus.Adopted,
            Step(InstrumentStatus.Planned, PartialDate.Day(2015, 11, 22), 9),
            Step(InstrumentStatus.Adopted, PartialDate.Until(PartialDate.Day(2016, 9, 7)), 10)));

        var on = data.StatusAsOf("plan", PartialDate.Day(2016, 9, 7));
        var before = data.StatusAsOf("plan", PartialDate.Day(2016, 1, 1));

        Assert.Equal(Certainty.Known, on.Certainty);
        Assert.Equal(InstrumentStatus.Adopted, on.Status);
        Assert.Equal(Certainty.Unknown, before.Certainty);
        Assert.Equal(InstrumentStatus.Planned, before.LastKnown?.Status);
    }

    [Fact]
    public void An_undated_status_counts_from_the_as_of_date_of_the_document_citing_it_and_not_alone()
    {
        var plan = Plan(InstrumentStatus.Signed);
        var data = With(plan);

        Assert.Equal(Certainty.Unknown, data.StatusAsOf("plan", PartialDate.Day(2000, 1, 1)).Certainty);
        Assert.Equal(Certainty.Uncertain, data.StatusAsOf("plan", PartialDate.Day(2017, 3, 15)).Certainty);
        Assert.Equal(InstrumentStatus.Signed, data.StatusAsOf("plan", PartialDate.Day(2017, 3, 31)).Status);
        var alone = plan.StatusAsOf(PartialDate.Day(2017, 3, 31));
        Assert.Equal(Certainty.Unknown, alone.Certainty);
        Assert.Equal(InstrumentStatus.Signed, alone.LastKnown?.Status);
        Assert.Null(alone.LastKnown?.Since);
    }

    [Fact]
    public void The_record_status_is_the_latest_dated_statement_and_the_history_a_view_of_the_statements()
    {
        var plan = Plan(
            InstrumentStatus.Adopted,
            Step(InstrumentStatus.Adopted, PartialDate.Day(2016, 9, 7), 10),
            Step(InstrumentStatus.Planned, PartialDate.Day(2015, 11, 22), 9));

        Assert.Equal(InstrumentStatus.Adopted, plan.Status);
        Assert.Equal(2, plan.Statements.Count);
        Assert.All(plan.Statements, s => Assert.Equal("status", s.Property));
        Assert.Equal([InstrumentStatus.Adopted, InstrumentStatus.Planned], plan.History.Select(h => h.Status));
        Assert.Equal(plan, plan with { Statements = plan.Statements });
        Assert.Empty((plan with { History = [] }).Statements);
    }

    [Fact]
    public void An_as_of_date_with_an_open_end_is_refused()
    {
        var data = With(Plan(InstrumentStatus.Signed));

        Assert.Throws<System.ArgumentException>(() => data.StatusAsOf("plan", PartialDate.Since(PartialDate.Year(2016))));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => data.StatusAsOf("nothing", PartialDate.Year(2016)));
    }
}
