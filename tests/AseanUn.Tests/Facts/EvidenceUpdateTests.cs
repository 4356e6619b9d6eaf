using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>Evidence without a new value: a citation for one value, an agreeing source, another name; and a quote on every entry.</summary>
public sealed class EvidenceUpdateTests
{
    private const string Figure = "s2s-meetings-2016";

    [Fact]
    public void A_citation_with_a_property_is_evidence_for_that_value_with_its_quote()
    {
        var merged = FactsDocument.Merge("""
            { "citations": [{ "recordId": "summit-4", "property": "placeId", "sources": [{ "documentId": "news-2018-05" }], "quote": "held in Bali" }] }
            """);

        var summit = merged.Get<Event>("summit-4");
        var statement = Assert.Single(summit.Statements);
        Assert.Equal(("placeId", null, StatementRank.Normal), (statement.Property, statement.Value, statement.Rank));
        Assert.Equal([new Evidence(new Citation(FactsDocument.News), "held in Bali")], statement.Evidence);
        Assert.Equal("bali", summit.PlaceId);
        Assert.Contains(new Citation(FactsDocument.News), summit.Sources);
    }

    [Fact]
    public void A_citation_of_a_status_joins_the_last_status_step()
    {
        var merged = FactsDocument.Merge("""
            { "statusEntries": [{ "recordId": "asean-work-plan-on-education-2016-2020", "status": "adopted", "date": "2018-04-20", "sources": [{ "documentId": "secretariat-note-2018", "paragraph": 3 }] }],
              "citations": [{ "recordId": "asean-work-plan-on-education-2016-2020", "property": "status", "sources": [{ "documentId": "news-2018-05" }], "quote": "the work plan adopted in April" }] }
            """);

        var answer = merged.StatusAsOf("asean-work-plan-on-education-2016-2020", PartialDateOf(2018, 6, 1));
        Assert.Equal(InstrumentStatus.Adopted, answer.Status);
        Assert.Equal(
            [new Evidence(new Citation(FactsDocument.Note, 3)), new Evidence(new Citation(FactsDocument.News), "the work plan adopted in April")],
            answer.Evidence);
    }

    [Fact]
    public void A_quote_without_a_property_is_refused_since_it_states_one_value()
    {
        var problem = FactsDocument.Refused("""
            { "citations": [{ "recordId": "summit-4", "sources": [{ "documentId": "news-2018-05" }], "quote": "held in Bali" }] }
            """);

        Assert.Equal("$.updates.citations[0].quote", problem.Path);
    }

    [Fact]
    public void A_corroboration_states_the_current_value_again_and_changes_nothing()
    {
        var merged = FactsDocument.Merge("""
            { "corroborations": [{ "recordId": "s2s-meetings-2016", "property": "value", "sources": [{ "documentId": "news-2018-05" }], "quote": "two S2S meetings in 2016" }] }
            """);

        var figure = merged.Get<Figure>(Figure);
        Assert.Equal(2m, figure.Value);
        var statement = Assert.Single(figure.Statements);
        Assert.Equal(("value", "2", StatementRank.Normal, RankReason.None, StatementBasis.Stated, null),
            (statement.Property, statement.Value, statement.Rank, statement.RankReason, statement.Basis, statement.Reason));
        Assert.Equal("two S2S meetings in 2016", statement.Evidence[0].Quote);
        Assert.Equal(Partnership.Current.Get<Figure>(Figure) with { Sources = figure.Sources, Statements = figure.Statements }, figure);
    }

    [Fact]
    public void A_corroboration_of_a_value_the_record_lacks_is_refused()
    {
        var problem = FactsDocument.Refused("""
            { "corroborations": [{ "recordId": "summit-4", "property": "sidelinesOfId", "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal("$.updates.corroborations[0].property", problem.Path);
        Assert.Contains("no value to corroborate", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternative_name_is_a_statement_on_the_title_ranked_as_another_name()
    {
        var merged = FactsDocument.Merge("""
            { "alternativeNames": [{ "recordId": "summit-4", "name": "Fourth ASEAN-UN Summit", "sources": [{ "documentId": "news-2018-05" }], "quote": "the Fourth ASEAN-UN Summit" }] }
            """);

        var summit = merged.Get<Event>("summit-4");
        Assert.Equal("4th ASEAN-UN Summit", summit.Title);
        var statement = Assert.Single(summit.Statements);
        Assert.Equal(("title", "Fourth ASEAN-UN Summit", StatementRank.Normal, RankReason.AlternativeName),
            (statement.Property, statement.Value, statement.Rank, statement.RankReason));
        Assert.Equal("the Fourth ASEAN-UN Summit", statement.Evidence.Single().Quote);
        Assert.Contains(merged.Search("Fourth ASEAN-UN Summit"), r => r.Id == "summit-4");
    }

    [Theory]
    [InlineData("4th asean-un summit")]
    [InlineData("   ")]
    public void An_alternative_name_that_is_the_name_already_or_empty_is_refused(string name)
    {
        var problem = FactsDocument.Refused($$"""
            { "alternativeNames": [{ "recordId": "summit-4", "name": "{{name}}", "sources": [{ "documentId": "news-2018-05" }] }] }
            """);

        Assert.Equal("$.updates.alternativeNames[0].name", problem.Path);
    }

    [Fact]
    public void A_quote_on_a_status_entry_and_a_correction_goes_into_the_evidence_of_their_statements()
    {
        var merged = FactsDocument.Merge("""
            { "statusEntries": [{ "recordId": "asean-work-plan-on-education-2016-2020", "status": "adopted", "date": "2018-04-20", "sources": [{ "documentId": "secretariat-note-2018" }], "quote": "adopted the work plan" }],
              "corrections": [{ "recordId": "s2s-meetings-2016", "property": "value", "value": 3, "sources": [{ "documentId": "news-2018-05" }], "reason": "A sectoral meeting counted.", "quote": "three meetings" }] }
            """);

        var step = merged.Get<Instrument>("asean-work-plan-on-education-2016-2020").Statements.Last();
        Assert.Equal("adopted the work plan", step.Evidence.Single().Quote);
        var corrected = merged.Get<Figure>(Figure).Statements.Single(s => s.Rank == StatementRank.Preferred);
        Assert.Equal(("3", "three meetings"), (corrected.Value, corrected.Evidence.Single().Quote));
    }

    [Fact]
    public void A_quote_longer_than_evidence_allows_is_refused_at_the_quote()
    {
        var problem = FactsDocument.Refused($$"""
            { "corroborations": [{ "recordId": "summit-4", "property": "title", "sources": [{ "documentId": "news-2018-05" }], "quote": "{{new string('q', Evidence.MaxQuoteLength + 1)}}" }] }
            """);

        Assert.Equal("$.updates.corroborations[0].quote", problem.Path);
        Assert.Contains($"not {Evidence.MaxQuoteLength + 1}", problem.Message, System.StringComparison.Ordinal);
    }

    private static AseanUn.Dates.PartialDate PartialDateOf(int year, int month, int day) => AseanUn.Dates.PartialDate.Day(year, month, day);
}
