using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>Notes and news items as sources, where a document was issued, and whether its address is the issuer's own copy.</summary>
public sealed class SourceDocumentFactsTests
{
    [Fact]
    public void A_note_and_a_news_item_read_with_their_place_of_issue_and_copy_flag_and_export_the_same()
    {
        var merged = FactsDocument.Merge("{}");

        var note = merged.Get<SourceDocument>(FactsDocument.Note);
        Assert.Equal((SourceDocumentKind.Note, "bali", true), (note.Kind, note.PlaceOfIssueId, note.ThirdPartyCopy));
        var news = merged.Get<SourceDocument>(FactsDocument.News);
        Assert.Equal((SourceDocumentKind.NewsItem, null, false), (news.Kind, news.PlaceOfIssueId, news.ThirdPartyCopy));

        var json = DatasetJson.Export(merged);
        Assert.Contains("\"kind\": \"newsItem\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"thirdPartyCopy\": true", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"thirdPartyCopy\": false", json, System.StringComparison.Ordinal);
        Assert.Contains(merged.ReferencesTo("bali"), r => r.Source.Id == FactsDocument.Note && r.Property == "placeOfIssueId");
        FactsDocument.RoundTrip(merged);
    }

    [Theory]
    [InlineData("\"placeOfIssueId\": \"summit-4\"", ".placeOfIssueId", "must name a Place")]
    [InlineData("\"thirdPartyCopy\": true", ".thirdPartyCopy", "has no url")]
    public void A_place_of_issue_that_is_no_place_or_a_copy_without_an_address_is_refused(string property, string path, string message)
    {
        var problem = FactsDocument.Refused("{}", document: $$"""
            { "id": "letter", "title": "Letter", "publisher": "UN", "asOf": "2018-01", "paragraphCount": 0, {{property}}, "sources": [{ "documentId": "letter" }] }
            """);

        Assert.Equal("$.records.sourceDocuments[2]" + path, problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }
}
