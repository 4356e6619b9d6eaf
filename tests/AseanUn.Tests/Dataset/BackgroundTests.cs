using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The background part of the report (¶1–¶14): origins, framework, ministerial meetings, high-level visits.</summary>
public sealed class BackgroundTests
{
    [Fact]
    public void Relations_began_with_a_UNDP_study_in_the_early_1970s_and_a_programme_launched_in_1977()
    {
        var study = TestData.Get<Activity>("undp-study-economic-cooperation");
        var launch = Assert.Single(TestData.EventsOfKind(EventKind.Launch));

        Assert.Equal(DatePrecision.Decade, study.Period!.Value.Precision);
        Assert.Equal(DateQualifier.Approximate, study.Period.Value.Qualifier);
        Assert.Equal("197X~", study.Period.Value.ToString());
        Assert.Equal(PartialDate.Year(1977), launch.Date);
        Assert.Contains("undp", launch.ParticipantIds);
        Assert.Equal(new[] { 1 }, TestData.ParagraphsOf(launch));
    }

    [Fact]
    public void The_MoU_was_signed_in_New_York_on_27_September_2007()
    {
        var mou = Assert.Single(TestData.Dataset.Instruments, i => i.Kind == InstrumentKind.MemorandumOfUnderstanding && i.PartyIds.Contains("un"));
        var signing = Assert.Single(TestData.EventsOfKind(EventKind.Signing));

        Assert.Equal(PartialDate.Day(2007, 9, 27), mou.Date);
        Assert.Equal(InstrumentStatus.Signed, mou.Status);
        Assert.Equal(mou.Date, signing.Date);
        Assert.Equal(new[] { mou.Id }, signing.OutcomeIds);
        Assert.Equal("New York", TestData.Get<Place>(signing.PlaceId!).City);
    }

    [Fact]
    public void The_Joint_Declaration_was_adopted_in_Bali_and_its_other_names_are_noted()
    {
        var declaration = TestData.Get<Instrument>("joint-declaration-comprehensive-partnership");

        Assert.Equal(PartialDate.Day(2011, 11, 19), declaration.Date);
        Assert.Contains(declaration.Id, TestData.Get<Event>("summit-4").OutcomeIds);
        Assert.Contains("Joint Declaration of the Comprehensive Partnership between ASEAN and the UN", declaration.Note, StringComparison.Ordinal);
        Assert.Equal(declaration.Id, TestData.Get<Instrument>("joint-declaration-annex").ImplementsId);
    }

    [Fact]
    public void The_Plan_of_Action_was_mandated_in_2015_and_adopted_in_early_September_2016()
    {
        var plan = TestData.Get<Instrument>("asean-un-plan-of-action-2016-2020");
        var mandate = TestData.Get<Event>("aumm-2015");

        Assert.Equal(PartialDate.Day(2015, 9, 29), mandate.Date);
        Assert.Contains(plan.Id, mandate.OutcomeIds);
        Assert.Equal(PartialDate.Month(2016, 9).Approximately(), plan.Date);
        Assert.Equal(PartialDate.Years(2016, 2020), plan.Period);
        Assert.Equal(InstrumentStatus.Adopted, plan.Status);
        Assert.True(plan.Date!.Value.Overlaps(TestData.Get<Event>("summit-8").Date));
    }

    [Fact]
    public void The_ministerial_meeting_is_annual_since_2010_and_last_met_on_22_September_2016()
    {
        var series = TestData.Get<Activity>("annual-asean-un-ministerial-meeting");
        var last = TestData.Dataset.Events.Where(e => e.Kind == EventKind.MinisterialMeeting && e.SidelinesOfId is null).MaxBy(e => e.Date)!;

        Assert.Equal(PartialDate.Since(PartialDate.Year(2010)), series.Period);
        Assert.Equal(PartialDate.Day(2016, 9, 22), last.Date);
        Assert.Equal("New York", TestData.Get<Place>(last.PlaceId!).City);
        Assert.Equal("U.S.A.", TestData.Get<Place>(last.PlaceId!).Country);
        Assert.Equal(new[] { "joint-report-2015-2016" }, last.OutcomeIds);
        Assert.Contains("president-of-the-unga", last.ParticipantIds);
    }

    [Fact]
    public void High_level_visits_of_2015_to_2017_have_the_reports_dates()
    {
        var calls = TestData.EventsOfKind(EventKind.CourtesyCall).OrderBy(e => e.Date).ToList();
        var interfaces = TestData.EventsOfKind(EventKind.InterfaceMeeting).Where(e => e.ParticipantIds.Contains("cpr")).OrderBy(e => e.Date).ToList();
        var akhtar = TestData.Get<Event>("akhtar-keomany-meeting-2015");

        Assert.Equal(new[] { PartialDate.Day(2015, 6, 26), PartialDate.Day(2017, 3, 13) }, calls.Select(e => e.Date));
        Assert.Equal("asean-secretariat-jakarta", calls[0].PlaceId);
        Assert.Equal(new[] { PartialDate.Day(2015, 6, 26), PartialDate.Day(2016, 3, 31) }, interfaces.Select(e => e.Date));

        // ¶13 says Shamshad Akhtar "had a meeting with" Latsamy Keomany: a meeting of two people, not an interface with the CPR.
        Assert.Equal(EventKind.Meeting, akhtar.Kind);
        Assert.Equal(PartialDate.Day(2015, 10, 20), akhtar.Date);
        Assert.Equal(["shamshad-akhtar", "latsamy-keomany"], akhtar.ParticipantIds);
    }

    [Fact]
    public void Instruments_only_planned_or_in_preparation_are_not_presented_as_done()
    {
        var education = TestData.Get<Instrument>("asean-work-plan-on-education-2016-2020");

        Assert.Equal(InstrumentStatus.Planned, education.Status);
        Assert.True(education.Date!.Value.IsQualified);
        Assert.All(
            TestData.Dataset.Instruments.Where(i => i.Status is InstrumentStatus.Planned or InstrumentStatus.InPreparation),
            i => Assert.DoesNotContain(TestData.Dataset.Events, e => e.OutcomeIds.Contains(i.Id) && e.Kind == EventKind.Signing));
    }
}
