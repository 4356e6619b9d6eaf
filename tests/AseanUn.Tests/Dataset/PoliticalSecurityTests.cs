using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The Political-Security pillar (¶15–¶20) against the report.</summary>
public sealed class PoliticalSecurityTests
{
    [Fact]
    public void The_pillar_has_its_two_areas_from_the_report()
    {
        var areas = TestData.Dataset.Areas.Where(a => a.PillarCode == PillarCodes.PoliticalSecurity).Select(a => a.Name);

        Assert.Equal(new[] { "Peace and Security", "Human Rights Promotion" }, areas);
        Assert.Equal("Political-Security Cooperation", TestData.Get<Pillar>(PillarCodes.PoliticalSecurity).Name);
    }

    [Fact]
    public void Peace_and_security_workshops_have_the_reports_dates_and_places()
    {
        var tagged = TestData.TaggedUnder(AreaCodes.PeaceAndSecurity).OfType<Event>().ToList();
        var kualaLumpur = Assert.Single(tagged, e => e.Date == PartialDate.DayRange(2014, 6, 19, 21));
        var nayPyiTaw = Assert.Single(tagged, e => e.Date == PartialDate.DayRange(2015, 2, 24, 26));

        Assert.Equal("ASEAN-UN Workshop on Conflict Prevention", kualaLumpur.Title);
        Assert.Equal("Kuala Lumpur", TestData.Get<Place>(kualaLumpur.PlaceId!).City);
        Assert.Equal("Nay Pyi Taw", TestData.Get<Place>(nayPyiTaw.PlaceId!).City);
        Assert.Equal(["asean", "un"], nayPyiTaw.ParticipantIds); // "ASEAN-UN Collaboration to support the AIPR": the AIPR is supported, not named as taking part
        Assert.NotNull(nayPyiTaw.ReasonInferred(nameof(Event.Kind)));
        Assert.All(new[] { kualaLumpur, nayPyiTaw }, e => Assert.Contains(ActionLineCodes.ConflictPrevention, e.ActionLineCodes));
    }

    [Fact]
    public void AURED_runs_since_2012_and_its_third_workshop_was_in_November_2016()
    {
        var series = TestData.Get<Activity>("aured");
        var third = TestData.Get<Event>("aured-workshop-3");

        Assert.True(series.Period!.Value.HasOpenEnd);
        Assert.Equal(new NodaTime.LocalDate(2012, 1, 1), series.Period.Value.Start);
        Assert.Equal(3, third.Ordinal);
        Assert.Equal(PartialDate.DayRange(2016, 11, 7, 9), third.Date);
        Assert.True(series.Period.Value.Contains(third.Date));
    }

    [Fact]
    public void The_first_preventive_diplomacy_training_was_hosted_by_Lao_PDR()
    {
        var training = Assert.Single(TestData.EventsOfKind(EventKind.Training));

        Assert.Equal("Preventive Diplomacy and Peace-making Training", training.Title);
        Assert.Equal(1, training.Ordinal);
        Assert.Equal(PartialDate.DayRange(2016, 11, 21, 25), training.Date);
        Assert.Equal("lao-pdr", training.HostStateId);
        Assert.Null(training.PlaceId);
    }

    [Fact]
    public void About_5500_peacekeepers_as_of_July_2015()
    {
        var figure = Assert.Single(TestData.TaggedUnder(AreaCodes.PeaceAndSecurity).OfType<Figure>());

        Assert.Equal(5500m, figure.Value);
        Assert.Equal(FigurePrecision.Approximate, figure.Precision);
        Assert.Equal(PartialDate.Month(2015, 7), figure.AsOf);
        Assert.Equal(new[] { "asean-member-states" }, figure.SubjectIds);
        Assert.Equal(new[] { ActionLineCodes.Peacekeeping }, figure.ActionLineCodes);
    }

    [Fact]
    public void The_May_2015_retreat_in_New_York_and_the_meeting_on_its_sidelines()
    {
        var retreat = Assert.Single(TestData.EventsOfKind(EventKind.Retreat));
        var sideline = Assert.Single(TestData.Dataset.Events, e => e.SidelinesOfId == retreat.Id);

        Assert.Equal(PartialDate.DayRange(2015, 5, 1, 2), retreat.Date);
        Assert.Equal("New York", TestData.Get<Place>(retreat.PlaceId!).City);
        Assert.Contains(ActionLineCodes.Mediation, retreat.ActionLineCodes);
        Assert.Equal(new[] { "le-luong-minh", "miroslav-jenca" }, sideline.ParticipantIds);
        Assert.True(sideline.Date.Overlaps(retreat.Date));
    }

    [Fact]
    public void The_UN_contributes_to_the_ASEAN_Regional_Forum_and_to_transnational_crime_work()
    {
        var mechanisms = Assert.Single(TestData.Dataset.Activities, a => a.ActionLineCodes.Contains(ActionLineCodes.AseanLedMechanisms));
        var crime = Assert.Single(TestData.Dataset.Activities, a => a.ActionLineCodes.Contains(ActionLineCodes.TransnationalCrime));

        Assert.Equal(new[] { "arf" }, mechanisms.PartnerIds);
        Assert.Contains("asean-secretariat", crime.PartnerIds);
        Assert.Equal(new[] { 18 }, TestData.ParagraphsOf(crime));
    }

    [Fact]
    public void Disarmament_was_discussed_on_13_March_2017()
    {
        var call = Assert.Single(TestData.Dataset.Events, e => e.ActionLineCodes.Contains(ActionLineCodes.Disarmament));

        Assert.Equal(EventKind.CourtesyCall, call.Kind);
        Assert.Equal(PartialDate.Day(2017, 3, 13), call.Date);
        Assert.Equal(new[] { "kim-won-soo", "le-luong-minh" }, call.ParticipantIds);
    }

    [Fact]
    public void Human_rights_bodies_work_with_OHCHR_and_UN_Women()
    {
        var tagged = TestData.TaggedUnder(AreaCodes.HumanRightsPromotion).OfType<Activity>().ToList();
        var capacity = Assert.Single(tagged, a => a.SupporterIds.Contains("ohchr"));
        var consultations = Assert.Single(tagged, a => a.ActionLineCodes.Contains(ActionLineCodes.HumanRightsConsultations));

        Assert.Equal(new[] { "ohchr", "un-women" }, capacity.SupporterIds);
        Assert.Equal(new[] { "aichr", "acwc", "acw" }, capacity.PartnerIds);
        Assert.Equal(new[] { "aichr", "acwc" }, consultations.PartnerIds);
        Assert.Contains(tagged, a => a.Title == "Annual AICHR Advanced Training on Human Rights");
        Assert.All(tagged, a => Assert.True(TestData.ParagraphsOf(a).All(p => p is 19 or 20)));
    }

    [Fact]
    public void Two_human_rights_bodies_keep_the_reports_spelling_with_their_own_names_as_aliases()
    {
        var acwc = TestData.Get<Organisation>("acwc");
        var acw = TestData.Get<Organisation>("acw");

        Assert.EndsWith("Women and Children’s", acwc.Name, StringComparison.Ordinal);
        Assert.Contains("ASEAN Commission on the Promotion and Protection of the Rights of Women and Children", acwc.Aliases);
        Assert.Equal("ASEAN Committee of Women", acw.Name);
        Assert.Contains("ASEAN Committee on Women", acw.Aliases);
        Assert.NotNull(acwc.Note);
        Assert.NotNull(acw.Note);
    }
}
