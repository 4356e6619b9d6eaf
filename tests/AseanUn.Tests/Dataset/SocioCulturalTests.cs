using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The Socio-Cultural pillar (¶28–¶37) against the report.</summary>
public sealed class SocioCulturalTests
{
    [Fact]
    public void The_pillar_has_its_three_areas_from_the_report()
    {
        var areas = TestData.Dataset.Areas.Where(a => a.PillarCode == PillarCodes.SocioCultural).Select(a => a.Name);

        Assert.Equal(
            new[] { "Human Development and Social Welfare", "Environment, Climate Change and Disaster Risk Management", "Culture and Education" },
            areas);
    }

    [Fact]
    public void Agreements_with_WHO_and_UNICEF_have_the_reports_dates_and_parties()
    {
        var instruments = TestData.TaggedUnder(AreaCodes.HumanDevelopmentAndSocialWelfare).OfType<Instrument>().ToList();
        var who = Assert.Single(instruments, i => i.PartyIds.Contains("who"));
        var unicef = Assert.Single(instruments, i => i.PartyIds.Contains("unicef"));

        Assert.Equal(PartialDate.Day(2014, 9, 18), who.Date);
        Assert.Equal(PartialDate.Years(2014, 2017), who.Period);
        Assert.Equal(new[] { "asean", "who" }, who.PartyIds);
        Assert.Equal(PartialDate.Day(2014, 12, 3), unicef.Date);
        Assert.Equal("FAC", unicef.ShortName);
        Assert.Equal(InstrumentStatus.Signed, unicef.Status);
    }

    [Fact]
    public void Plans_adopted_by_the_Leaders_in_November_2015_and_those_still_in_preparation()
    {
        var instruments = TestData.TaggedUnder(AreaCodes.HumanDevelopmentAndSocialWelfare).OfType<Instrument>().ToList();
        var adoptedNovember2015 = instruments.Where(i => i.Date == PartialDate.Month(2015, 11)).Select(i => i.ShortName ?? i.Title);
        var inPreparation = instruments.Where(i => i.Status == InstrumentStatus.InPreparation).Select(i => i.ShortName ?? i.Title).ToList();

        Assert.Equal(new[] { "Regional Framework and Action Plan on Strengthening Social Protection", "RPA on EVAW" }, adoptedNovember2015);
        Assert.Contains("RPA on EVAC", inPreparation);
        Assert.Contains("Joint Regional Report on Nutrition Security in ASEAN", inPreparation);
        Assert.Contains("5th ASEAN Work Program 2016-2020", inPreparation);
    }

    [Fact]
    public void UN_bodies_support_the_ASEAN_sectoral_bodies_the_report_pairs_them_with()
    {
        var activities = TestData.TaggedUnder(AreaCodes.HumanDevelopmentAndSocialWelfare).OfType<Activity>().ToList();

        Assert.Contains(activities, a => a.SupporterIds.Contains("unicef") && a.PartnerIds.Contains("somswd"));
        Assert.Contains(activities, a => a.SupporterIds.Contains("unaids") && a.PartnerIds.Contains("atfoa"));
        Assert.Contains(activities, a => a.SupporterIds.Contains("un-women") && a.PartnerIds.Contains("acw") && a.InstrumentIds.Contains("cedaw"));
        var triangle = Assert.Single(activities, a => a.PartnerIds.Contains("slom"));
        Assert.Equal(new[] { "ilo", "asean-triangle-project" }, triangle.SupporterIds);
        Assert.Equal("ilo", TestData.Get<Organisation>("asean-triangle-project").ParentId);
    }

    [Fact]
    public void The_May_2015_planning_meeting_in_Bangkok_agreed_to_draft_a_work_plan()
    {
        var meeting = Assert.Single(TestData.TaggedUnder(AreaCodes.EnvironmentClimateAndDisasters).OfType<Event>(), e => e.Kind == EventKind.Meeting);
        var plan = TestData.Get<Instrument>(Assert.Single(meeting.OutcomeIds));

        Assert.Equal(PartialDate.Day(2015, 5, 18), meeting.Date);
        Assert.Equal("Bangkok", TestData.Get<Place>(meeting.PlaceId!).City);
        Assert.Equal(InstrumentStatus.Planned, plan.Status);
        Assert.Null(plan.Date);
        Assert.Equal(PartialDate.Years(2016, 2020), plan.Period);
    }

    [Fact]
    public void Climate_and_disaster_cooperation_has_the_reports_partners_and_dates()
    {
        var network = Assert.Single(TestData.Dataset.Activities, a => a.SupporterIds.Contains("unep"));
        var direx = Assert.Single(TestData.EventsOfKind(EventKind.Exercise));
        var plan = TestData.Get<Instrument>("asean-un-strategic-plan-disaster-management");

        Assert.Contains("southeast-asia-climate-change-network", network.PartnerIds);
        Assert.Equal(InstrumentKind.Convention, TestData.Get<Instrument>(Assert.Single(network.InstrumentIds)).Kind);
        Assert.Equal(PartialDate.Month(2015, 5), direx.Date);
        Assert.Equal("malaysia", direx.HostStateId);
        Assert.Contains("arf", direx.ParticipantIds);
        Assert.Equal(PartialDate.Years(2011, 2015), plan.Period);
        Assert.Contains(TestData.Dataset.Activities, a => a.PartnerIds.Contains("aha-centre") && a.PartnerIds.Contains("erat"));
    }

    [Fact]
    public void Culture_and_education_follow_the_UNESCO_agreement_and_the_SEAMEO_platform()
    {
        var tagged = TestData.TaggedUnder(AreaCodes.CultureAndEducation).ToList();
        var fac = Assert.Single(tagged.OfType<Instrument>(), i => i.PartyIds.Contains("unesco"));
        var workPlan = Assert.Single(tagged.OfType<Instrument>(), i => i.Status == InstrumentStatus.Planned);
        var goals = Assert.Single(tagged.OfType<Figure>());

        Assert.Equal(PartialDate.Month(2013, 12), fac.Date);
        Assert.Equal(PartialDate.Year(2016).Approximately(), workPlan.Date);
        Assert.Equal(PartialDate.Years(2016, 2020), workPlan.Period);
        Assert.Equal(6m, goals.Value);
        Assert.Contains(tagged.OfType<Activity>(), a => a.PartnerIds.Contains("seameo") && a.SupporterIds.Contains("unesco-bangkok"));
        Assert.Contains(tagged.OfType<Activity>(), a => a.PartnerIds.Contains("somca"));
        Assert.Contains(tagged.OfType<Activity>(), a => a.Title == "Ten Collaborative Projects to reach the Unreached in Southeast Asia");
    }
}
