using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>A strict lower bound ("over 90 per cent") and a figure that continues an earlier one of its series.</summary>
public sealed class FigureFactsTests
{
    private static string Figures(params string[] figures) => $$"""
        ,
            "figures": [{{string.Join(",\n", figures)}}]
        """;

    private static string Figure(string id, decimal value, string unit, string precision, string asOf, string? continues = null) =>
        $$"""{ "id": "{{id}}", "title": "{{id}}", "value": {{value}}, "unit": "{{unit}}", "precision": "{{precision}}", "asOf": "{{asOf}}", "subjectIds": [], "actionLineCodes": []{{(continues is null ? "" : $", \"continuesId\": \"{continues}\"")}}, "sources": [{ "documentId": "secretariat-note-2018", "paragraph": 4 }] }""";

    [Fact]
    public void A_figure_stated_as_more_than_answers_as_a_lower_bound()
    {
        var merged = FactsDocument.Merge("{}", Figures(Figure("share-trained", 90, "per cent", "moreThan", "2018-04")));

        Assert.Equal(FigurePrecision.MoreThan, merged.Get<Figure>("share-trained").Precision);
        var answer = merged.ValueAsOf("share-trained", "value", PartialDate.Day(2018, 6, 1));
        Assert.Equal((Certainty.Known, FigurePrecision.MoreThan, true), (answer.Certainty, answer.Precision, answer.IsLowerBound));
        var exact = merged.ValueAsOf("s2s-meetings-2016", "value", PartialDate.Day(2018, 6, 1));
        Assert.Equal((Certainty.Known, false), (exact.Certainty, exact.IsLowerBound));
        Assert.Contains("\"precision\": \"moreThan\"", AseanUn.Json.DatasetJson.Export(merged), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("moreThan", "Nothing is more than 100 per cent")]
    [InlineData("atLeast", "state it as exact")]
    public void A_lower_bound_of_a_whole_share_is_refused(string precision, string message)
    {
        var problem = FactsDocument.Refused("{}", Figures(Figure("share-trained", 100, "per cent", precision, "2018-04")));

        Assert.Equal("$.records.figures[0].precision", problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_continues_an_earlier_figure_of_the_same_unit()
    {
        var merged = FactsDocument.Merge("{}", Figures(Figure("s2s-meetings-2017", 3, "meetings", "exact", "2017", "s2s-meetings-2016")));

        Assert.Equal("s2s-meetings-2016", merged.Get<Figure>("s2s-meetings-2017").ContinuesId);
        Assert.Contains(merged.ReferencesTo("s2s-meetings-2016"), r => r.Source.Id == "s2s-meetings-2017" && r.Property == "continuesId");
        FactsDocument.RoundTrip(merged);
    }

    [Theory]
    [InlineData("officers", "2017", "s2s-meetings-2016", "of the same unit")]
    [InlineData("meetings", "2015", "s2s-meetings-2016", "continues an earlier one")]
    [InlineData("meetings", "2017", "summit-4", "must name a Figure")]
    public void A_figure_that_continues_one_of_another_unit_a_later_one_or_no_figure_is_refused(string unit, string asOf, string continues, string message)
    {
        var problem = FactsDocument.Refused("{}", Figures(Figure("s2s-meetings-2017", 3, unit, "exact", asOf, continues)));

        Assert.Equal("$.records.figures[0].continuesId", problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_that_comes_back_to_a_figure_is_refused_at_each_figure_of_the_cycle()
    {
        var result = FactsDocument.TryMerge("{}", Figures(
            Figure("series-a", 1, "meetings", "exact", "2017", "series-b"),
            Figure("series-b", 2, "meetings", "exact", "2018", "series-a"),
            Figure("series-c", 3, "meetings", "exact", "2018", "series-c")));

        var cycles = result.Problems.Where(p => p.Message.Contains("comes back to", System.StringComparison.Ordinal)).Select(p => p.Path);
        Assert.Equal(["$.records.figures[0].continuesId", "$.records.figures[1].continuesId", "$.records.figures[2].continuesId"], cycles);
    }
}
