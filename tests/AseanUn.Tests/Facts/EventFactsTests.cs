using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>A planned event, what a meeting dealt with, and the mechanism it is one meeting of.</summary>
public sealed class EventFactsTests
{
    private static string Meeting(string extra) => $$"""
        ,
            "events": [{ "id": "s2s-2018", "kind": "secretariatMeeting", "title": "Eighth ASEAN-UN Secretariat-to-Secretariat Meeting", "date": "2018-05", {{extra}},
              "sources": [{ "documentId": "news-2018-05" }] }]
        """;

    [Fact]
    public void A_planned_meeting_names_its_subjects_and_series_and_exports_them()
    {
        var merged = FactsDocument.Merge("{}", Meeting("""
            "planned": true, "subjectIds": ["asean-un-plan-of-action-2016-2020"], "seriesId": "annual-asean-un-ministerial-meeting"
            """));

        var meeting = merged.Get<Event>("s2s-2018");
        Assert.Equal((true, "annual-asean-un-ministerial-meeting"), (meeting.Planned, meeting.SeriesId));
        Assert.Equal(["asean-un-plan-of-action-2016-2020"], meeting.SubjectIds);
        Assert.Contains(merged.ReferencesTo("asean-un-plan-of-action-2016-2020"), r => r.Source.Id == "s2s-2018" && r.Property == "subjectIds");
        FactsDocument.RoundTrip(merged);

        var report = DatasetJson.Export(Partnership.Current);
        Assert.DoesNotContain("\"planned\":", report, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"subjectIds\": []", report.Split("\"events\"")[1].Split("\"activities\"")[0], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"subjectIds\": [\"PS.1.1\"]", ".subjectIds[0]", "subjectIds must name")]
    [InlineData("\"subjectIds\": [\"s2s-2018\"]", ".subjectIds[0]", "not its own subject")]
    [InlineData("\"seriesId\": \"summit-4\"", ".seriesId", "seriesId must name an Activity or Instrument")]
    [InlineData("\"planned\": true, \"outcomeIds\": [\"asean-un-plan-of-action-2016-2020\"]", ".planned", "has no outcomes")]
    public void A_subject_or_series_of_the_wrong_kind_or_a_planned_meeting_with_outcomes_is_refused(string extra, string path, string message)
    {
        var problem = FactsDocument.Refused("{}", Meeting(extra));

        Assert.Equal("$.records.events[0]" + path, problem.Path);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }
}
