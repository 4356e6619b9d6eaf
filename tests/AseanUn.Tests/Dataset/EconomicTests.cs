using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The Economic pillar (¶21–¶27) against the report.</summary>
public sealed class EconomicTests
{
    [Fact]
    public void The_pillar_has_its_five_areas_from_the_report()
    {
        var areas = TestData.Dataset.Areas.Where(a => a.PillarCode == PillarCodes.Economic).Select(a => a.Name).ToList();

        Assert.Equal(5, areas.Count);
        Assert.Contains("Food and Energy Security", areas);
        Assert.Contains("Attainment of the MDGs and Narrowing the Development Gap", areas);
        Assert.NotEmpty(TestData.TaggedUnder(PillarCodes.Economic));
    }

    [Fact]
    public void Connectivity_support_runs_through_the_transport_programme_aligned_with_three_ASEAN_plans()
    {
        var programme = TestData.Get<Instrument>("regional-action-programme-transport-phase-ii");
        var support = Assert.Single(TestData.TaggedUnder(AreaCodes.ConnectivityAndIntegration).OfType<Activity>());
        var aligned = support.InstrumentIds.Select(TestData.Get<Instrument>).Select(i => i.ShortName ?? i.Title).ToList();

        Assert.Equal(PartialDate.Years(2012, 2016), programme.Period);
        Assert.Equal(InstrumentStatus.Concluded, programme.Status);
        Assert.Contains("MPAC", aligned);
        Assert.Contains("2011-2015 ASEAN Strategic Transport Plan", aligned);
        Assert.Contains("ASEAN ICT Master Plan 2015", aligned);
        Assert.Equal(new[] { ActionLineCodes.TransportConnectivity, ActionLineCodes.IctConnectivity }, support.ActionLineCodes);
    }

    [Fact]
    public void The_trade_and_investment_report_was_published_in_November_2015()
    {
        var report = Assert.Single(TestData.TaggedUnder(AreaCodes.EconomyAndDevelopment).OfType<Instrument>());

        Assert.Equal("Asia-Pacific Trade and Investment Report 2015: Supporting Participation in Value Chains", report.Title);
        Assert.Equal(PartialDate.Month(2015, 11), report.Date);
        Assert.Equal(InstrumentStatus.Published, report.Status);
        Assert.Contains(TestData.Dataset.Activities, a => a.PartnerIds.Contains("aec") && a.InstrumentIds.Contains(report.Id));
    }

    [Fact]
    public void Food_security_plans_have_the_reports_periods_and_endorsement_date()
    {
        var instruments = TestData.TaggedUnder(AreaCodes.FoodAndEnergySecurity).OfType<Instrument>().ToList();
        var spaFs = Assert.Single(instruments, i => i.ShortName == "SPA-FS");
        var vision = Assert.Single(instruments, i => i.Title.StartsWith("Vision and Strategic Plan", StringComparison.Ordinal));

        Assert.Equal(PartialDate.Years(2015, 2020), spaFs.Period);
        Assert.Null(spaFs.ImplementsId); // ¶23 lists the plan beside the AIFS; it does not make it the framework's implementation
        Assert.Equal(InstrumentStatus.Adopted, vision.Status);
        Assert.Equal(PartialDate.Month(2015, 9), vision.Date);
        Assert.Equal(PartialDate.Years(2016, 2025), vision.Period);
    }

    [Fact]
    public void Energy_work_follows_APEF_2013_and_the_ASEAN_FAO_project_ran_2012_to_2014()
    {
        var apef = Assert.Single(TestData.TaggedUnder(AreaCodes.FoodAndEnergySecurity).OfType<Event>());
        var project = TestData.Get<Activity>("bio-energy-and-food-security-project");
        var ace = Assert.Single(TestData.Dataset.Activities, a => a.PartnerIds.Contains("ace"));

        Assert.Equal(PartialDate.Year(2013), apef.Date);
        Assert.Equal(PartialDate.Years(2012, 2014), project.Period);
        Assert.Equal(new[] { "fao" }, project.SupporterIds);
        Assert.Contains(ActionLineCodes.EnergySecurity, ace.ActionLineCodes);
        Assert.Contains(TestData.Dataset.Activities, a => a.ActionLineCodes.Contains(ActionLineCodes.GreenhouseGasReduction));
    }

    [Fact]
    public void UNDP_and_UNESCAP_support_CLMV_on_the_MDGs()
    {
        var activity = Assert.Single(TestData.Dataset.Activities, a => a.PartnerIds.Contains("clmv"));
        var line = TestData.Get<ActionLine>(Assert.Single(activity.ActionLineCodes));
        var clmv = TestData.Get<StateGrouping>("clmv");

        Assert.Equal(new[] { "undp", "unescap" }, activity.SupporterIds);
        Assert.Equal(AreaCodes.MdgsAndDevelopmentGap, line.AreaCode);
        Assert.Null(line.SupersededBy); // the report never says the MDG work gave way to the 2030 Agenda line
        Assert.Equal(new[] { "cambodia", "lao-pdr", "myanmar", "viet-nam" }, clmv.MemberIds);
        Assert.Contains(TestData.TaggedUnder(AreaCodes.MdgsAndDevelopmentGap), r => r.Id == "asean-regional-mdgs-assessment");
    }

    [Fact]
    public void The_2030_Agenda_meetings_of_June_and_September_2016()
    {
        var events = TestData.TaggedUnder(AreaCodes.Agenda2030).OfType<Event>().ToList();
        var bangkok = Assert.Single(events, e => e.Kind == EventKind.InterfaceMeeting);
        var newYork = events.Where(e => e.SidelinesOfId == "aumm-2016").ToList();

        Assert.Equal(PartialDate.Day(2016, 6, 23), bangkok.Date);
        Assert.Equal("Bangkok", TestData.Get<Place>(bangkok.PlaceId!).City);
        Assert.Equal(new[] { "asean-secretariat", "thailand", "unescap" }, bangkok.ParticipantIds);
        Assert.Equal(2, newYork.Count);
        Assert.All(newYork, e => Assert.Equal(PartialDate.Day(2016, 9, 24), e.Date));
        Assert.All(newYork, e => Assert.Equal("new-york", e.PlaceId));
        Assert.Equal(PartialDate.Day(2016, 9, 22), TestData.Get<Event>("aumm-2016").Date);
    }

    [Fact]
    public void UNESCAP_is_found_under_its_aliases()
    {
        var unescap = TestData.Get<Organisation>("unescap");

        Assert.Equal("UNESCAP", unescap.Acronym);
        Assert.Contains("ESCAP", unescap.Aliases);
        Assert.Contains("UN-ESCAP", unescap.Aliases);
        Assert.Equal(OrganisationKind.RegionalCommission, unescap.Kind);
    }
}
