using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>A later source withdraws a value or a whole record, with a reason; the evidence stays visible and an export keeps it.</summary>
public sealed class RetractionTests
{
    private const string PlaceRetraction = """
        { "retractions": [{ "recordId": "summit-4", "property": "placeId", "reason": "The news item corrects the venue to no known place.", "sources": [{ "documentId": "news-2018-05" }], "quote": "the venue was not Bali" }] }
        """;

    [Fact]
    public void A_retracted_value_is_unset_and_kept_as_a_deprecated_statement_with_its_reason()
    {
        var merged = FactsDocument.Merge(PlaceRetraction);

        var summit = merged.Get<Event>("summit-4");
        Assert.Null(summit.PlaceId);
        var statement = Assert.Single(summit.Statements, s => s.Property == "placeId");
        Assert.Equal(("bali", StatementRank.Deprecated, RankReason.Retracted), (statement.Value, statement.Rank, statement.RankReason));
        Assert.Equal("The news item corrects the venue to no known place.", statement.Reason);
        Assert.Contains(new Citation(FactsDocument.News), summit.Sources);

        var retraction = Assert.Single(merged.Retractions);
        Assert.Equal(("summit-4", "placeId"), (retraction.RecordId, retraction.Property));
        Assert.Equal([new Evidence(new Citation(FactsDocument.News), "the venue was not Bali")], retraction.Evidence);
        Assert.Equal("bali", Partnership.Current.Get<Event>("summit-4").PlaceId);
    }

    [Fact]
    public void A_retracted_value_answers_as_before_until_the_retraction_and_is_unknown_after_it()
    {
        var merged = FactsDocument.Merge(PlaceRetraction);

        var before = merged.ValueAsOf("summit-4", "placeId", PartialDate.Day(2018, 5, 1));
        Assert.Equal((Certainty.Known, "bali"), (before.Certainty, before.Value));

        var after = merged.ValueAsOf("summit-4", "placeId", PartialDate.Day(2018, 5, 2));
        Assert.Equal(Certainty.Unknown, after.Certainty);
        Assert.Null(after.Statement);
        Assert.Equal("bali", after.LastKnown?.Value);
    }

    [Fact]
    public void A_value_a_later_layer_gives_again_ends_the_retraction()
    {
        var retracted = FactsDocument.Merge(PlaceRetraction);
        var corrected = DatasetJson.Merge(retracted, """
            {
              "version": 2, "edition": "2019-facts", "asOf": "2019-01",
              "records": { "sourceDocuments": [{ "id": "news-2019", "title": "News", "publisher": "UN News", "asOf": "2019-01-10", "paragraphCount": 0,
                "kind": "newsItem", "sources": [{ "documentId": "news-2019" }] }] },
              "updates": { "corrections": [{ "recordId": "summit-4", "property": "placeId", "value": "bali", "sources": [{ "documentId": "news-2019" }], "reason": "Bali after all." }] }
            }
            """, "later-2019.json");

        Assert.Equal("bali", corrected.Get<Event>("summit-4").PlaceId);
        Assert.Equal(Certainty.Known, corrected.ValueAsOf("summit-4", "placeId", PartialDate.Day(2019, 2, 1)).Certainty);
        Assert.Equal(retracted.Retractions, corrected.Retractions);
    }

    [Fact]
    public void A_retracted_record_leaves_the_dataset_and_its_retraction_survives_export_and_import()
    {
        var merged = FactsDocument.Merge("""
            { "retractions": [{ "recordId": "un-liaison-officers-deployed", "reason": "The note says the count was never confirmed.", "sources": [{ "documentId": "secretariat-note-2018", "paragraph": 2 }] }] }
            """);

        Assert.False(merged.TryGetRecord("un-liaison-officers-deployed", out _));
        Assert.Equal(Partnership.Current.Records.Count + 2 - 1, merged.Records.Count);
        var retraction = Assert.Single(merged.Retractions);
        Assert.Null(retraction.Property);

        var imported = FactsDocument.RoundTrip(merged);
        Assert.Equal(merged.Retractions, imported.Retractions);
        Assert.Contains("\"retractions\": [", DatasetJson.Export(merged), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_that_holds_a_record_it_lists_as_retracted_is_refused_where_the_retraction_stands()
    {
        const string Retractions = """
            "retractions": [{ "recordId": "un-liaison-officers-deployed", "reason": "Never confirmed.", "evidence": [{ "citation": { "documentId": "overview-2017" } }] }],
            """;
        var json = DatasetJson.Export(Partnership.Current).Replace("\"records\": {", Retractions + "\"records\": {", System.StringComparison.Ordinal);

        var problem = Assert.Single(DatasetJson.TryImport(json, "export.json").Problems);
        Assert.Equal("$.retractions[0].recordId", problem.Path);
        Assert.Contains("yet the dataset holds it", problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(DatasetJson.TryImport(json.Replace("un-liaison-officers-deployed\", \"reason", "gone-figure\", \"reason", System.StringComparison.Ordinal), "export.json").Problems);
    }

    [Fact]
    public void A_record_another_record_names_cannot_be_retracted_and_the_problem_names_the_referrer()
    {
        var problem = FactsDocument.Refused("""
            { "retractions": [{ "recordId": "bali", "reason": "No such venue.", "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal("$.updates.retractions[0].recordId", problem.Path);
        Assert.Contains("'summit-4' names it (placeId)", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"property\": \"title\", \"reason\": \"Wrong.\"", "$.updates.retractions[0].property", "cannot be withdrawn")]
    [InlineData("\"property\": \"description\", \"reason\": \" \"", "$.updates.retractions[0].reason", "the reason is empty")]
    [InlineData("\"property\": \"sidelinesOfId\", \"reason\": \"Wrong.\"", "$.updates.retractions[0].property", "no value to retract")]
    public void A_retraction_of_a_required_or_missing_value_or_without_a_reason_is_refused(string entry, string path, string message)
    {
        var problem = FactsDocument.Refused($$"""
            { "retractions": [{ "recordId": "summit-4", {{entry}}, "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }
}
