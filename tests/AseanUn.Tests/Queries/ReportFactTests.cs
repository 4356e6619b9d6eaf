using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Tests.Queries;

/// <summary>
/// Queries over the built-in dataset answer with the facts of the report (paragraph numbers in the comments). Where a
/// fact is a list, an independent scan of the records is the oracle for completeness.
/// </summary>
public sealed class ReportFactTests
{
    private static readonly PartnershipDataset Data = Partnership.Current;

    private static string[] Dates<T>(IEnumerable<T> records, Func<T, PartialDate?> dateOf) => records.Select(r => dateOf(r)?.ToString() ?? "").ToArray();

    [Fact]
    public void Meetings_held_in_New_York()
    {
        var newYork = Data.EventsAt("New York");

        // ¶3 second summit at UN Headquarters; ¶4 MoU signed; ¶13/¶17 the Secretary-General's retreat and the meeting on
        // its side-lines; ¶11 the ministerial meeting; ¶27 the special session and panel; ¶38 the last S2S meeting.
        Assert.Equal(
            ["2005-09-13", "2007-09-27", "2015-05", "2015-05-01/2015-05-02", "2016-09-21", "2016-09-22", "2016-09-24", "2016-09-24"],
            Dates(newYork, e => e.Date).Order(StringComparer.Ordinal));
        Assert.Contains(newYork, e => e.Title == "Second ASEAN-UN Summit" && e.Sources.Any(c => c.Paragraph == 3));
        Assert.Contains(newYork, e => e.Kind == EventKind.SecretariatMeeting && e.Date == PartialDate.Day(2016, 9, 21));
        Assert.Equal(Ids.Of(newYork), Ids.Of(Data.EventsAt("U.S.A.")));
        Assert.Equal(["2005-09-13", "2016-09-21"], Dates(Data.EventsAt("UN Headquarters"), e => e.Date));
    }

    [Fact]
    public void Meetings_held_in_Malaysia_include_the_one_the_report_places_only_in_the_country()
    {
        // ¶9 7th summit in Kuala Lumpur; ¶16 workshop on conflict prevention in Kuala Lumpur; ¶35 ARF DiREx "held in Malaysia".
        Assert.Equal(
            ["2014-06-19/2014-06-21", "2015-05", "2015-11-22"],
            Dates(Data.EventsAt("Malaysia"), e => e.Date).Order(StringComparer.Ordinal));
        Assert.Contains(Data.EventsAt("MY"), e => e.Title == "ARF Disaster Response Exercise (ARF DiREx)");
    }

    [Fact]
    public void Everything_under_the_Socio_Cultural_pillar_in_2015()
    {
        var result = Data.Query().UnderPillar(PillarCodes.SocioCultural).During(PartialDate.Year(2015)).ToRecords();
        var titles = result.Select(r => r.Label).ToList();

        // ¶28 the framework on social protection adopted in November 2015 and the 2011-2015 welfare framework;
        // ¶29 the WHO MoU for 2014-2017; ¶30 the RPA on EVAW adopted in November 2015; ¶34 the planning meeting of
        // 18 May 2015; ¶35 the 2011-2015 disaster plan and the ARF DiREx of May 2015.
        Assert.Contains("Regional Framework and Action Plan on Strengthening Social Protection", titles);
        Assert.Contains("Strategic Framework on Social Welfare and Development for 2011-2015", titles);
        Assert.Contains("MoU on the Collaborative Framework between ASEAN and the World Health Organisation", titles);
        Assert.Contains("ASEAN Regional Plan of Action on Elimination of Violence against Women", titles);
        Assert.Contains("ASEAN-UN Post-2015 Environment and Climate Change Planning Meeting", titles);
        Assert.Contains("ASEAN-UN Strategic Plan on Disaster Management (2011-2015)", titles);
        Assert.Contains("ARF Disaster Response Exercise (ARF DiREx)", titles);
        // Not in 2015: the FAC with UNICEF was signed on 3 December 2014 (¶31) and has no period.
        Assert.DoesNotContain("ASEAN-UNICEF Framework Agreement for Cooperation", titles);

        var oracle = Data.Records.Where(r =>
            r.ActionLineTags.Any(code => code.StartsWith("SC.", StringComparison.Ordinal))
            && r.Dates.Any(date => date.Start <= new NodaTime.LocalDate(2015, 12, 31) && date.End >= new NodaTime.LocalDate(2015, 1, 1)));
        Assert.Equal(Ids.Of(oracle), Ids.Of(result));
    }

    [Fact]
    public void Instruments_to_which_UNICEF_is_a_party()
    {
        var instruments = Data.Query().InvolvingOrganisation("UNICEF").ToRecords<Instrument>()
            .Where(i => i.PartyIds.Contains("unicef")).ToList();

        // ¶31: the ASEAN-UNICEF Framework Agreement for Cooperation, signed on 3 December 2014.
        var fac = Assert.Single(instruments);
        Assert.Equal("ASEAN-UNICEF Framework Agreement for Cooperation", fac.Title);
        Assert.Equal(PartialDate.Day(2014, 12, 3), fac.Date);
        Assert.Equal(Ids.Of(instruments), Ids.Of(Data.Instruments.Where(i => i.PartyIds.Contains("unicef"))));
    }

    [Fact]
    public void The_eight_summits_in_date_order_and_where_they_were_held()
    {
        var summits = Data.Query().OfKind(EventKind.Summit).ToTimeline();
        var cities = summits.Select(s => Data.Get<Place>(((Event)s.Record).PlaceId!).City).ToArray();

        // ¶2-¶10.
        Assert.Equal(["Bangkok", "New York", "Hanoi", "Bali", "Bandar Seri Begawan", "Nay Pyi Taw", "Kuala Lumpur", "Vientiane"], cities);
        Assert.Equal(Enumerable.Range(1, 8), summits.Select(s => ((Event)s.Record).Ordinal!.Value));
    }

    [Fact]
    public void ESCAP_under_any_of_its_names_is_one_commission()
    {
        // ¶13 "UNESCAP", ¶27 "UN-ESCAP".
        Assert.True(Data.TryFindOrganisation("UN-ESCAP", out var escap));
        Assert.True(Data.TryFindOrganisation("unescap", out var same));
        Assert.Same(escap, same);
        Assert.Equal(Side.UnitedNations, escap.Side);
        Assert.Equal("unescap", Data.Search("ESCAP")[0].Id);
    }

    [Fact]
    public void Events_the_Secretary_General_of_ASEAN_Le_Luong_Minh_took_part_in()
    {
        var events = Data.Query().InvolvingPerson("Le Luong Minh").OfType<Event>().ToTimeline();

        // ¶13/¶17 the retreat of 1-2 May 2015, the courtesy call of 26 June 2015, and that of 13 March 2017.
        var dates = events.Select(e => e.Date.ToString()).ToList();
        Assert.Contains("2015-05-01/2015-05-02", dates);
        Assert.Contains("2015-06-26", dates);
        Assert.Contains("2017-03-13", dates);
    }

    [Fact]
    public void Work_with_Cambodia_includes_work_for_the_CLMV_countries()
    {
        // ¶26: UNDP and UNESCAP assist Cambodia, Lao PDR, Myanmar and Viet Nam (CLMV).
        var cambodia = Data.RecordsInvolvingMemberState("KH");
        Assert.Contains(cambodia, r => r is Activity a && a.PartnerIds.Contains("clmv") && a.SupporterIds.Contains("undp") && a.SupporterIds.Contains("unescap"));
        var namingClmv = Ids.Of(Data.Records.Where(r => AseanUn.Model.RecordTypes.TargetsOf(r).Contains("clmv")));
        Assert.NotEmpty(namingClmv);
        foreach (var state in new[] { "KH", "LA", "MM", "VN" })
        {
            Assert.Subset(Ids.Of(Data.RecordsInvolvingMemberState(state)).ToHashSet(), namingClmv.ToHashSet());
        }
    }

    [Fact]
    public void UN_entities_and_ASEAN_bodies_that_work_together_on_socio_cultural_lines()
    {
        var links = Data.CooperationLinksUnderPillar(PillarCodes.SocioCultural)
            .Select(l => $"{l.UnitedNationsEntity.Acronym ?? l.UnitedNationsEntity.Name}~{l.AseanBody.Acronym ?? l.AseanBody.Name}")
            .ToList();

        // ¶28 UNICEF with SOMSWD, ¶29 UNAIDS with ATFOA and WHO with ASEAN, ¶30 UN Women with the ACW, ¶32 ILO with SLOM.
        Assert.Contains("UNICEF~SOMSWD", links);
        Assert.Contains("UNAIDS~ATFOA", links);
        Assert.Contains("WHO~ASEAN", links);
        Assert.Contains("UN Women~ACW", links);
        Assert.Contains("ILO~SLOM", links);
        Assert.Equal(["SC.1.2"], Data.CooperationLinksOf("SOMSWD").Single(l => l.UnitedNationsEntity.Id == "unicef").ActionLineCodes);
    }

    [Fact]
    public void What_was_only_planned_is_said_to_be_planned()
    {
        // ¶37: the Work Plan on Education (2016-2020) "will be adopted in early 2016".
        var plan = Assert.Single(Data.InstrumentsWithStatus(InstrumentStatus.Planned), i => i.Period == PartialDate.Years(2016, 2020) && i.Kind == InstrumentKind.WorkPlan && i.Title.Contains("Education", StringComparison.Ordinal));
        Assert.Equal(PartialDate.Year(2016).Approximately(), plan.Date);
    }

    [Fact]
    public void General_Assembly_resolutions_once_each_in_date_order()
    {
        // ¶12 lists nine resolutions, 67/110 twice and out of date order.
        var symbols = Data.Query().OfKind(InstrumentKind.GeneralAssemblyResolution).ToTimeline().Select(e => ((Instrument)e.Record).Symbol ?? "").ToArray();
        Assert.Equal(["57/35", "59/5", "61/44", "63/35", "65/235", "67/110", "68/49", "69/110"], symbols);
    }

    [Fact]
    public void The_timeline_begins_with_the_UNDP_study_of_the_1970s_and_ends_in_March_2017()
    {
        // ¶1 the early 1970s and 1977; ¶13 the courtesy call of 13 March 2017.
        Assert.Equal(PartialDate.Decade(1970).Approximately(), Data.Timeline[0].Date);
        Assert.Equal(PartialDate.Year(1977), Data.Timeline[1].Date);
        Assert.Contains(Data.TimelineDuring(PartialDate.Month(2017, 3)), e => e.Date == PartialDate.Day(2017, 3, 13));
    }
}
