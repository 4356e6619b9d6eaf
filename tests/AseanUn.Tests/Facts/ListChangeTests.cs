using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>Items added to and removed from a list without restating it, stated like a corrected value.</summary>
public sealed class ListChangeTests
{
    [Fact]
    public void Adding_and_removing_items_changes_the_list_and_keeps_the_earlier_list_as_a_statement()
    {
        var merged = FactsDocument.Merge("""
            { "listChanges": [{ "recordId": "summit-4", "property": "participantIds", "add": ["asean-secretariat"], "remove": ["un"], "sources": [{ "documentId": "news-2018-05" }],
                "quote": "the ASEAN Secretariat took part", "reason": "The news item lists who took part." }] }
            """);

        var summit = merged.Get<Event>("summit-4");
        Assert.Equal(["asean", "asean-secretariat"], summit.ParticipantIds);
        Assert.Equal(
            [("[\"asean\",\"un\"]", StatementRank.Normal, (string?)null), ("[\"asean\",\"asean-secretariat\"]", StatementRank.Preferred, "The news item lists who took part.")],
            summit.Statements.Select(s => (s.Value!, s.Rank, s.Reason)));
        Assert.Equal("the ASEAN Secretariat took part", summit.Statements[1].Evidence.Single().Quote);
        FactsDocument.RoundTrip(merged);
    }

    [Theory]
    [InlineData("\"add\": [\"asean\"]", "$.updates.listChanges[0].add[0]", "already in participantIds")]
    [InlineData("\"remove\": [\"unicef\"]", "$.updates.listChanges[0].remove[0]", "not in participantIds")]
    [InlineData("\"add\": [\"bali\"]", "$.updates.listChanges[0].add", "'bali' names no record that participantIds may name")]
    [InlineData("\"add\": [\"asean-secretariat\", \"asean-secretariat\"]", "$.updates.listChanges[0].add[1]", "given twice")]
    [InlineData("\"add\": []", "$.updates.listChanges[0].add", "adds and removes nothing")]
    public void A_change_that_does_not_fit_the_list_is_refused_at_the_item(string change, string path, string message)
    {
        var problem = FactsDocument.Refused($$"""
            { "listChanges": [{ "recordId": "summit-4", "property": "participantIds", {{change}}, "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_that_is_not_a_list_is_refused()
    {
        var problem = FactsDocument.Refused("""
            { "listChanges": [{ "recordId": "summit-4", "property": "placeId", "add": ["bali"], "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal("$.updates.listChanges[0].property", problem.Path);
    }
}
