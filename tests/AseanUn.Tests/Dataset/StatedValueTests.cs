using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// The second audit against the report: each value below was presented as stated although its paragraph does not
/// state it, or was missing. Each test pins what the record says now.
/// </summary>
public sealed class StatedValueTests
{
    [Fact]
    public void The_HIV_AIDS_cooperation_of_paragraph_29_is_not_given_to_WHO_or_its_MoU()
    {
        // ¶29: ASEAN and the UN cooperate on HIV/AIDS; the MoU with WHO is named after that without covering it.
        var collaboration = TestData.Get<Activity>("asean-who-collaboration");
        var mou = TestData.Get<Instrument>("asean-who-mou-2014");

        Assert.DoesNotContain("HIV", collaboration.Description!, StringComparison.Ordinal);
        Assert.DoesNotContain("HIV", mou.Description!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_WHO_MoU_is_signed_as_paragraph_29_states_not_in_force_by_its_period()
    {
        var mou = TestData.Get<Instrument>("asean-who-mou-2014");

        Assert.Equal(InstrumentStatus.Signed, mou.Status);
        Assert.False(mou.IsInferred(nameof(Instrument.Status)));
        Assert.Equal((InstrumentStatus.Signed, PartialDate.Day(2014, 9, 18)), (mou.History[^1].Status, mou.History[^1].Date));
    }

    [Fact]
    public void The_single_Liaison_Officer_of_paragraph_8_is_not_merged_with_the_three_of_paragraph_40()
    {
        var officers = TestData.Get<Organisation>("un-liaison-officers-to-asean");
        var establishment = TestData.Get<Event>("un-liaison-officer-establishment");
        var deployment = TestData.Get<Event>("un-liaison-officers-deployment");

        Assert.Equal([40], TestData.ParagraphsOf(officers));
        Assert.DoesNotContain("UN Liaison Officer in Jakarta", officers.Aliases);
        Assert.DoesNotContain(officers.Id, establishment.ParticipantIds);
        Assert.Contains("assum", deployment.ReasonInferred(nameof(Event.Date)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comprehensive-partnership-report-2013-2015", InstrumentStatus.Submitted)] // ¶9 "jointly submitted"
    [InlineData("joint-report-2015-2016", InstrumentStatus.Submitted)] // ¶11 "submitted by the Secretariats"
    [InlineData("asean-regional-mdgs-assessment", InstrumentStatus.Completed)] // ¶25 "resulted in a report"
    public void Reports_carry_the_act_the_report_names_not_publication(string id, InstrumentStatus status)
    {
        var report = TestData.Get<Instrument>(id);

        Assert.Equal(status, report.Status);
        Assert.False(report.IsInferred(nameof(Instrument.Status)));
    }

    [Fact]
    public void The_classification_counts_ten_headings_and_marks_the_secretariat_area_constructed()
    {
        var basis = TestData.Dataset.Classification.AreasBasis;
        var constructed = TestData.Dataset.Areas.Where(a => a.IsInferred(nameof(Area.Name))).ToList();

        Assert.DoesNotContain("eleven", basis, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ten headings", basis, StringComparison.Ordinal);
        Assert.Equal([AreaCodes.SecretariatCooperation], constructed.Select(a => a.Id));
        Assert.Equal(10, TestData.Dataset.Areas.Count - constructed.Count);
    }

    [Fact]
    public void The_Work_Plan_for_2015_is_adopted_as_paragraph_8_states_not_concluded_by_its_period()
    {
        var plan = TestData.Get<Instrument>("asean-un-work-plan-2015");

        Assert.Equal(InstrumentStatus.Adopted, plan.Status);
        Assert.False(plan.IsInferred(nameof(Instrument.Status)));
        var step = Assert.Single(plan.History);
        Assert.Equal((InstrumentStatus.Adopted, PartialDate.Until(PartialDate.Day(2014, 11, 12))), (step.Status, step.Date));
        Assert.Equal([8], step.Sources.Select(c => c.Paragraph ?? 0));
    }

    [Fact]
    public void No_status_inference_says_the_report_is_silent_where_the_record_has_a_stated_step()
    {
        var silent = TestData.Dataset.Instruments
            .Where(i => !i.History.IsEmpty && i.ReasonInferred(nameof(Instrument.Status)) is { } reason
                && (reason.Contains("does not say where it stood", StringComparison.Ordinal) || reason.Contains("says nothing later", StringComparison.Ordinal)))
            .Select(i => i.Id);

        Assert.Empty(silent);
    }

    [Fact]
    public void The_ASEAN_Charter_is_planned_only_as_of_the_2005_decision()
    {
        var reason = TestData.Get<Instrument>("asean-charter").ReasonInferred(nameof(Instrument.Status))!;

        Assert.DoesNotContain("kept", reason, StringComparison.Ordinal);
        Assert.Contains("not for any later one", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_9th_Summit_layer_does_not_move_the_Plan_of_Action_into_force()
    {
        // The 9th Summit only welcomed progress; the plan is first called current by the 10th Summit (3 November 2019).
        var plan = Partnership.WithLayers.Get<Instrument>("asean-un-plan-of-action-2016-2020");

        Assert.DoesNotContain(plan.History, s => s.Status == InstrumentStatus.InForce && s.Date.End < PartialDate.Day(2019, 11, 3).End);
        Assert.Equal(InstrumentStatus.Adopted, Partnership.WithLayers.StatusAsOf(plan.Id, PartialDate.Day(2017, 11, 13)).Status);
    }

    [Fact]
    public void The_Plan_of_Action_sets_out_current_priorities_and_the_member_states_gave_technical_expertise()
    {
        Assert.Contains("priorities", TestData.Get<Instrument>("asean-un-plan-of-action-2016-2020").Description!, StringComparison.Ordinal);
        Assert.Contains("technical expertise", TestData.Get<Activity>("peacekeeping-cooperation").Description!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("joint-declaration-annex", nameof(Instrument.Status))] // ¶14 names it, does not report its adoption
    [InlineData("millennium-development-goals", nameof(Instrument.PartyIds))] // whose goals: not said
    [InlineData("asean-declaration-social-protection", nameof(Instrument.Status))] // ¶28 gives only "(2013)"
    [InlineData("asean-un-work-plan-environment-climate-change", nameof(Instrument.PartyIds))] // ¶34 names its drafters
    [InlineData("regional-transport-connectivity-support", nameof(Activity.Period))] // the programme's period, ¶21
    [InlineData("ten-collaborative-projects", nameof(Activity.SupporterIds))] // ¶37 does not say who ran them
    [InlineData("joint-declaration-annex", nameof(Instrument.ImplementsId))] // ¶14: its annex, not said to implement it
    [InlineData("regional-action-programme-transport-phase-ii", nameof(Instrument.PartyIds))] // ¶21 does not say whose
    [InlineData("fifth-asean-work-program-hiv-aids", nameof(Instrument.PartyIds))] // ¶29 names its developers
    [InlineData("overview-2017", nameof(SourceDocument.Publisher))] // the text names no publisher
    [InlineData("s2s-meeting-8", nameof(Event.PlaceId))] // ¶38 gives New York; UN Headquarters is deduced
    public void Values_the_report_does_not_state_are_marked_inferred(string id, string property) =>
        Assert.False(string.IsNullOrWhiteSpace(TestData.Dataset.Get<PartnershipRecord>(id).ReasonInferred(property)));

    [Fact]
    public void Descriptions_claim_no_more_than_their_paragraphs()
    {
        // ¶34: the meeting agreed the Secretariats would draft it; ¶36: the culture activities are not said to be the FAC's
        // content; ¶11: the meeting welcomed the progress the report reflects, not the report.
        Assert.Contains("meeting", TestData.Get<Instrument>("asean-un-work-plan-environment-climate-change").Description!, StringComparison.Ordinal);
        Assert.DoesNotContain("awards", TestData.Get<Instrument>("asean-unesco-fac").Description!, StringComparison.Ordinal);
        Assert.Contains("welcomed the progress", TestData.Get<Instrument>("joint-report-2015-2016").Description!, StringComparison.Ordinal);
        // ¶3: the UN welcomed the possibility of ASEAN seeking observer status, not the grant of it.
        Assert.Contains("possibility", TestData.Get<Instrument>("unga-resolution-61-44").Description!, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaster_risk_management_under_paragraph_35_is_not_linked_to_the_2010_declaration()
    {
        var activity = TestData.Get<Activity>("disaster-risk-management-cooperation");

        Assert.Equal(["asean-un-strategic-plan-disaster-management"], activity.InstrumentIds);
        Assert.Equal([35], TestData.ParagraphsOf(activity));
    }
}
