using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The Secretariat-to-Secretariat pillar (¶38–¶41) against the report.</summary>
public sealed class SecretariatTests
{
    private static readonly Event[] S2sMeetings = TestData.EventsOfKind(EventKind.SecretariatMeeting).OrderBy(e => e.Date).ToArray();

    [Fact]
    public void The_pillar_has_one_area_named_like_it()
    {
        var area = Assert.Single(TestData.Dataset.Areas, a => a.PillarCode == PillarCodes.SecretariatToSecretariat);

        Assert.Equal(TestData.Get<Pillar>(PillarCodes.SecretariatToSecretariat).Name, area.Name);
    }

    [Fact]
    public void The_first_S2S_meeting_was_at_the_ASEAN_Secretariat_in_March_2011()
    {
        var first = S2sMeetings[0];

        Assert.Equal(1, first.Ordinal);
        Assert.Equal(PartialDate.Month(2011, 3), first.Date);
        Assert.Equal("ASEAN Secretariat", TestData.Get<Place>(first.PlaceId!).Name);
        Assert.True(TestData.Get<Event>("summit-3").Date < first.Date);
    }

    [Fact]
    public void The_recorded_S2S_meetings_agree_with_the_reports_counts()
    {
        var total = TestData.Get<Figure>("s2s-meetings-convened");
        var in2016 = TestData.Get<Figure>("s2s-meetings-2016");

        Assert.Equal(in2016.Value, S2sMeetings.Count(e => in2016.AsOf.Contains(e.Date)));
        Assert.True(S2sMeetings.Length <= total.Value);
        Assert.Equal((int)total.Value, S2sMeetings.Max(e => e.Ordinal));
        Assert.Single(S2sMeetings, e => e.Title.StartsWith("Sectoral", StringComparison.Ordinal) && e.Date == PartialDate.Year(2012));
    }

    [Fact]
    public void The_2016_meetings_were_one_in_Jakarta_and_one_at_UN_Headquarters()
    {
        var march = Assert.Single(S2sMeetings, e => e.Date == PartialDate.Day(2016, 3, 30));
        var september = Assert.Single(S2sMeetings, e => e.Date == PartialDate.Day(2016, 9, 21));

        Assert.Equal("Jakarta", TestData.Get<Place>(march.PlaceId!).City);
        Assert.Equal("UN Headquarters", TestData.Get<Place>(september.PlaceId!).Name);
        Assert.Contains("asean-un-plan-of-action-2016-2020", september.OutcomeIds);
    }

    [Fact]
    public void Three_Liaison_Officers_a_Regional_Adviser_and_the_Resident_Coordinator_represent_the_UN_in_Jakarta()
    {
        var officers = TestData.Get<Figure>("un-liaison-officers-deployed");
        var appointments = TestData.EventsOfKind(EventKind.Appointment);
        var adviser = Assert.Single(appointments, e => e.ParticipantIds.Contains("unescap"));
        var coordinator = Assert.Single(appointments, e => e.ParticipantIds.Contains("un-resident-coordinator-indonesia"));

        Assert.Equal(3m, officers.Value);
        Assert.Equal(PartialDate.Month(2015, 10), adviser.Date);
        Assert.Equal(PartialDate.Month(2016, 9), coordinator.Date);
        Assert.Null(coordinator.PlaceId); // ¶40 says whom the UN informed, not where
        Assert.All(appointments, e => Assert.Contains(ActionLineCodes.LiaisonPresence, e.ActionLineCodes));
    }

    [Fact]
    public void The_UN_helps_the_ASEAN_Secretariat_with_documents_and_security()
    {
        var support = TestData.Dataset.Activities.Where(a => a.ActionLineCodes.Contains(ActionLineCodes.InstitutionalSupport)).ToList();

        Assert.Equal(2, support.Count);
        Assert.Contains(support, a => a.Title.StartsWith("Reference Document System", StringComparison.Ordinal));
        Assert.All(support, a => Assert.Equal(new[] { "asean-secretariat" }, a.PartnerIds));
        Assert.All(support, a => Assert.Equal(new[] { 41 }, TestData.ParagraphsOf(a)));
    }
}
