using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>A status step says where and by whom its act was done: a place, and an organisation or the event that did it.</summary>
public sealed class StatusStepActorsTests
{
    private const string WorkPlan = "asean-work-plan-on-education-2016-2020";

    [Fact]
    public void A_status_entry_with_a_place_and_a_body_keeps_them_on_its_statement_and_its_step()
    {
        var merged = FactsDocument.Merge("""
            { "statusEntries": [{ "recordId": "asean-work-plan-on-education-2016-2020", "status": "adopted", "date": "2018-04", "sources": [{ "documentId": "secretariat-note-2018" }],
                "placeId": "bali", "bodyId": "asean-secretariat", "reason": "Adopted at the Secretariat's meeting in Bali." }] }
            """);

        var statement = merged.Get<Instrument>(WorkPlan).Statements.Last();
        Assert.Equal(("bali", "asean-secretariat", "Adopted at the Secretariat's meeting in Bali."), (statement.PlaceId, statement.BodyId, statement.Reason));

        var candidate = merged.StatusAsOf(WorkPlan, PartialDate.Day(2018, 4, 10)).Candidates.ToEquatableArray().AsSpan().ToArray().Single(c => c.Status == InstrumentStatus.Adopted);
        Assert.Equal(("bali", "asean-secretariat"), (candidate.PlaceId, candidate.BodyId));

        var imported = FactsDocument.RoundTrip(merged);
        Assert.Equal(statement, imported.Get<Instrument>(WorkPlan).Statements.Last());
    }

    [Theory]
    [InlineData("\"placeId\": \"summit-4\"", "$.updates.statusEntries[0].placeId", "a Place")]
    [InlineData("\"bodyId\": \"bali\"", "$.updates.statusEntries[0].bodyId", "an Organisation or Event")]
    [InlineData("\"bodyId\": \"nowhere\"", "$.updates.statusEntries[0].bodyId", "'nowhere' names no record")]
    public void A_place_or_body_of_the_wrong_type_is_refused_at_it(string actor, string path, string message)
    {
        var problem = FactsDocument.Refused($$"""
            { "statusEntries": [{ "recordId": "asean-work-plan-on-education-2016-2020", "status": "adopted", "date": "2018-04", "sources": [{ "documentId": "secretariat-note-2018" }], {{actor}} }] }
            """);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_status_statement_carries_a_place_or_body()
    {
        var result = PartnershipDataset.TryCreate("test", PartialDate.Year(2017), Partnership.Current.Records.Select(r => r.Id == "summit-4"
            ? ((Event)r) with { Statements = [new Statement { Property = "placeId", Evidence = [new(r.Sources[0])], PlaceId = "bali" }] }
            : r));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("Only an instrument's status statement", problem.Message, System.StringComparison.Ordinal);
        Assert.EndsWith(".statements[0].placeId", problem.Path, System.StringComparison.Ordinal);
    }
}
