using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;
using NodaTime;

namespace AseanUn.Tests.Json;

/// <summary>A later document updates records that exist: status steps, added citations, corrections; bad updates merge nothing.</summary>
public sealed class UpdateMergeTests
{
    private const string WorkPlan = "asean-work-plan-on-education-2016-2020";
    private const string PlanOfAction = "asean-un-plan-of-action-2016-2020";

    // Line 1 is "{"; each update sits alone on line 12, so a problem in it is reported on that line.
    private const int UpdateLine = 12;

    private static PartnershipDataset Report => Partnership.Current;

    private static string Document(string updatesKey, string update) => $$"""
        {
          "version": 1,
          "edition": "2018-test",
          "asOf": "2018-06",
          "records": {
            "sourceDocuments": [
              { "id": "later-overview", "title": "Later Overview", "publisher": "Test", "asOf": "2018-06", "paragraphCount": 20, "sources": [{ "documentId": "later-overview", "paragraph": 1 }] },
              { "id": "press-release", "title": "Press Release", "publisher": "Test", "asOf": "2017-11-13", "paragraphCount": 0, "kind": "pressRelease", "issued": "2017-11-13", "url": "https://example.org/pr", "sources": [{ "documentId": "press-release" }] }
            ]
          },
          "updates": { "{{updatesKey}}": [
        {{update}}
          ] }
        }
        """;

    private static PartnershipDataset Merge(string key, string update) => DatasetJson.Merge(Report, Document(key, update), "later.json");

    private static DatasetProblem Rejected(string key, string update)
    {
        var result = DatasetJson.TryMerge(Report, Document(key, update), "later.json");
        Assert.False(result.IsValid);
        Assert.Null(result.Dataset);
        return Assert.Single(result.Problems);
    }

    private static int ColumnOf(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void A_status_step_changes_the_status_and_keeps_the_earlier_status_dated_by_its_document()
    {
        var merged = Merge("statusEntries", """{ "recordId": "asean-work-plan-on-education-2016-2020", "status": "adopted", "date": "2017-11-13", "sources": [{ "documentId": "press-release" }] }""");

        var plan = merged.Get<Instrument>(WorkPlan);
        Assert.Equal(InstrumentStatus.Adopted, plan.Status);
        Assert.Equal(
            [(InstrumentStatus.Planned, PartialDate.Month(2017, 3)), (InstrumentStatus.Adopted, PartialDate.Day(2017, 11, 13))],
            plan.History.Select(step => (step.Status, step.Date)));
        Assert.Equal([new Citation("press-release")], plan.History[1].Sources);
        Assert.Equal(Report.Get<Instrument>(WorkPlan).Sources, plan.History[0].Sources);
        Assert.Contains(new Citation("press-release"), plan.Sources);
        Assert.Empty(plan.Claims);
        Assert.Equal(InstrumentStatus.Planned, Report.Get<Instrument>(WorkPlan).Status);
        Assert.Equal(InstrumentStatus.Planned, merged.StatusAsOf(WorkPlan, PartialDate.Day(2017, 3, 31)).Status);
        Assert.Equal(InstrumentStatus.Planned, merged.StatusAsOf(WorkPlan, PartialDate.Day(2017, 6, 1)).LastKnown?.Status);
    }

    [Fact]
    public void A_status_step_extends_an_existing_history_in_order()
    {
        var merged = Merge("statusEntries", """{ "recordId": "asean-un-plan-of-action-2016-2020", "status": "inForce", "date": "2017", "sources": [{ "documentId": "later-overview", "paragraph": 4 }] }""");

        var plan = merged.Get<Instrument>(PlanOfAction);
        Assert.Equal(4, plan.History.Count);
        Assert.Equal(InstrumentStatus.InForce, plan.Status);
        Assert.Equal(InstrumentStatus.Adopted, plan.StatusAsOf(PartialDate.Day(2016, 12, 31)).Status);
        Assert.Equal(InstrumentStatus.InForce, plan.StatusAsOf(PartialDate.Day(2018, 1, 1)).Status);
    }

    [Fact]
    public void An_added_citation_joins_the_record_s_sources()
    {
        var merged = Merge("citations", """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 2 }, { "documentId": "overview-2017", "paragraph": 10 }] }""");

        var summit = merged.Get<Event>("summit-8");
        Assert.Equal([.. Report.Get<Event>("summit-8").Sources, new Citation("later-overview", 2)], summit.Sources);
    }

    [Fact]
    public void A_correction_replaces_the_value_and_keeps_both_claims_with_their_sources()
    {
        var merged = Merge("corrections", """{ "recordId": "unctad-x", "property": "date", "value": "2000-02-12/2000-02-19", "sources": [{ "documentId": "later-overview", "paragraph": 3 }], "reason": "The later overview gives the session's dates." }""");

        var session = merged.Get<Event>("unctad-x");
        Assert.Equal(PartialDate.Parse("2000-02-12/2000-02-19"), session.Date);
        Assert.False(session.IsInferred(nameof(Event.Date)));
        Assert.Equal(
            [("Date", "2000-02", ClaimRank.Normal, (string?)null), ("Date", "2000-02-12/2000-02-19", ClaimRank.Preferred, "The later overview gives the session's dates.")],
            session.Claims.Select(c => (c.Property, c.Value, c.Rank, c.Reason)));
        Assert.Equal(Report.Get<Event>("unctad-x").Sources, session.Claims[0].Sources);
    }

    [Fact]
    public void A_disagreement_ranked_normal_is_recorded_without_changing_the_chosen_value()
    {
        var merged = Merge("corrections", """{ "recordId": "peacekeepers-contributed-2015", "property": "value", "value": 5000, "rank": "normal", "sources": [{ "documentId": "press-release" }], "reason": "The press release gives a rounder figure." }""");

        var figure = merged.Get<Figure>("peacekeepers-contributed-2015");
        Assert.Equal(5500m, figure.Value);
        Assert.Equal([("5500", ClaimRank.Preferred), ("5000", ClaimRank.Normal)], figure.Claims.Select(c => (c.Value, c.Rank)));
    }

    [Fact]
    public void A_status_step_out_of_date_order_is_rejected_where_its_date_is()
    {
        const string update = """{ "recordId": "asean-un-plan-of-action-2016-2020", "status": "inForce", "date": "2016-01", "sources": [{ "documentId": "later-overview", "paragraph": 4 }] }""";

        var problem = Rejected("statusEntries", update);

        Assert.Equal(("$.updates.statusEntries[0].date", UpdateLine, ColumnOf(update, "\"2016-01\"")), (problem.Path, problem.Line, problem.Column));
        Assert.Contains("out of date order", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_to_a_record_that_does_not_exist_is_rejected()
    {
        const string update = """{ "recordId": "summit-99", "sources": [{ "documentId": "later-overview", "paragraph": 2 }] }""";

        var problem = Rejected("citations", update);

        Assert.Equal((DatasetProblemKind.DanglingReference, "$.updates.citations[0].recordId", UpdateLine, ColumnOf(update, "\"summit-99\"")), (problem.Kind, problem.Path, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("id", "\"summit-9\"")]
    [InlineData("kind", "\"workshop\"")]
    public void A_correction_of_a_value_that_may_not_change_is_rejected(string property, string value)
    {
        var update = $$"""{ "recordId": "summit-8", "property": "{{property}}", "value": {{value}}, "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Because." }""";

        var problem = Rejected("corrections", update);

        Assert.Equal(("$.updates.corrections[0].property", UpdateLine, ColumnOf(update, $"\"{property}\"")), (problem.Path, problem.Line, problem.Column));
        Assert.Contains("may not change", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_without_a_source_is_rejected()
    {
        const string update = """{ "recordId": "summit-8", "property": "placeId", "value": "bangkok", "sources": [], "reason": "Because." }""";

        var problem = Rejected("corrections", update);

        Assert.Equal((DatasetProblemKind.MissingCitation, "$.updates.corrections[0].sources", UpdateLine, ColumnOf(update, "[]")), (problem.Kind, problem.Path, problem.Line, problem.Column));
    }

    [Fact]
    public void A_correction_without_a_reason_is_rejected()
    {
        const string update = """{ "recordId": "summit-8", "property": "placeId", "value": "bangkok", "sources": [{ "documentId": "press-release" }] }""";

        var problem = Rejected("corrections", update);

        Assert.Equal((DatasetProblemKind.MissingProperty, "$.updates.corrections[0]", UpdateLine, 1), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Contains("'reason'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_of_a_paragraph_the_document_lacks_is_rejected()
    {
        const string update = """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 21 }] }""";

        var problem = Rejected("citations", update);

        Assert.Equal((DatasetProblemKind.InvalidCitation, "$.updates.citations[0].sources[0].paragraph", UpdateLine, ColumnOf(update, "21")), (problem.Kind, problem.Path, problem.Line, problem.Column));
    }

    [Fact]
    public void A_paragraph_of_a_document_cited_as_a_whole_is_rejected()
    {
        const string update = """{ "recordId": "summit-8", "sources": [{ "documentId": "press-release", "paragraph": 1 }] }""";

        var problem = Rejected("citations", update);

        Assert.Contains("no numbered paragraphs", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_update_beside_a_bad_one_is_not_applied_either()
    {
        var json = Document("citations", """
            { "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 2 }] },
            { "recordId": "summit-99", "sources": [{ "documentId": "later-overview", "paragraph": 2 }] }
            """);

        var result = DatasetJson.TryMerge(Report, json);

        Assert.Null(result.Dataset);
        Assert.Single(result.Problems);
        Assert.Equal(Report.Get<Event>("summit-8").Sources, Partnership.Current.Get<Event>("summit-8").Sources);
    }

    [Fact]
    public void An_export_of_a_merged_dataset_carries_statements_and_reads_back_the_same()
    {
        var merged = Merge("corrections", """{ "recordId": "unctad-x", "property": "date", "value": "2000-02-12/2000-02-19", "sources": [{ "documentId": "later-overview", "paragraph": 3 }], "reason": "The later overview gives the session's dates." }""");

        var exported = DatasetJson.Export(merged);
        var reimported = DatasetJson.Import(exported);

        Assert.Contains("\"statements\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"claims\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"history\"", exported, StringComparison.Ordinal);
        Assert.Equal(merged.Records, reimported.Records);
        Assert.Equal(exported, DatasetJson.Export(reimported));
    }
}
