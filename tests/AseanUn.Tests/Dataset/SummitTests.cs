using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The eight ASEAN-UN Summits against ¶2–¶10 and ¶38 of the report.</summary>
public sealed class SummitTests
{
    [Theory]
    [InlineData(1, "2000-02-13", "Bangkok", "Thailand", 2)]
    [InlineData(2, "2005-09-13", "New York", "U.S.A.", 3)]
    [InlineData(3, "2010-10-29", "Hanoi", "Viet Nam", 5)]
    [InlineData(4, "2011-11-19", "Bali", "Indonesia", 6)]
    [InlineData(5, "2013-10-10", "Bandar Seri Begawan", "Brunei Darussalam", 7)]
    [InlineData(6, "2014-11-12", "Nay Pyi Taw", "Myanmar", 8)]
    [InlineData(7, "2015-11-22", "Kuala Lumpur", "Malaysia", 9)]
    [InlineData(8, "2016-09-07", "Vientiane", "Lao PDR", 10)]
    public void Each_summit_has_the_reports_date_place_and_paragraph(int ordinal, string date, string city, string country, int paragraph)
    {
        var summit = Assert.Single(TestData.EventsOfKind(EventKind.Summit), s => s.Ordinal == ordinal);
        var place = TestData.Get<Place>(summit.PlaceId!);

        Assert.Equal(PartialDate.Parse(date), summit.Date);
        Assert.Equal(city, place.City);
        Assert.Equal(country, place.Country);
        Assert.Contains(paragraph, TestData.ParagraphsOf(summit));
        Assert.Contains("asean", summit.ParticipantIds);
        Assert.EndsWith("ASEAN-UN Summit", summit.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "joint-communique-2005")]
    [InlineData(3, "joint-declaration-disaster-management", "co-chairs-statement-2010")]
    [InlineData(4, "joint-declaration-comprehensive-partnership")]
    [InlineData(6, "asean-un-work-plan-2015")]
    [InlineData(7, "comprehensive-partnership-report-2013-2015")]
    [InlineData(8, "asean-un-plan-of-action-2016-2020")]
    public void Summits_record_their_outcomes(int ordinal, params string[] outcomes)
    {
        var summit = Assert.Single(TestData.EventsOfKind(EventKind.Summit), s => s.Ordinal == ordinal);

        Assert.Equal(outcomes, summit.OutcomeIds);
    }

    [Fact]
    public void Outcomes_adopted_at_a_summit_carry_the_summits_date()
    {
        foreach (var summit in TestData.EventsOfKind(EventKind.Summit).Where(s => s.Ordinal is 2 or 3 or 4))
        {
            Assert.All(summit.OutcomeIds, id => Assert.Equal(summit.Date, TestData.Get<Instrument>(id).Date));
        }
    }

    [Fact]
    public void The_first_summit_met_on_the_sidelines_of_UNCTAD_X_in_Bangkok()
    {
        var summit = TestData.Get<Event>("summit-1");
        var unctad = TestData.Get<Event>(summit.SidelinesOfId!);

        Assert.Equal(10, unctad.Ordinal);
        Assert.Contains("unctad", unctad.ParticipantIds);
        Assert.Equal(summit.PlaceId, unctad.PlaceId);
        Assert.True(unctad.Date.Contains(summit.Date));
    }

    [Fact]
    public void The_second_summit_was_at_UN_Headquarters_with_the_Secretary_General()
    {
        var summit = TestData.Get<Event>("summit-2");

        Assert.Equal("UN Headquarters", TestData.Get<Place>(summit.PlaceId!).Name);
        Assert.Contains("un-secretary-general", summit.ParticipantIds);
        Assert.Equal(InstrumentKind.JointCommunique, TestData.Get<Instrument>("joint-communique-2005").Kind);
    }

    [Fact]
    public void The_third_summit_is_recorded_as_an_ASEAN_UN_summit_with_the_reports_slip_in_its_note()
    {
        var summit = TestData.Get<Event>("summit-3");

        Assert.Equal("3rd ASEAN-UN Summit", summit.Title);
        Assert.Contains("3rd ASEAN-Summit", summit.Note, StringComparison.Ordinal);
        Assert.Equal(new[] { 5, 38 }, TestData.ParagraphsOf(summit));
        Assert.Equal(InstrumentKind.ChairsStatement, TestData.Get<Instrument>("co-chairs-statement-2010").Kind);
    }

    [Fact]
    public void The_fifth_summit_agreed_the_Liaison_Officer_the_sixth_welcomed()
    {
        var establishment = TestData.Get<Event>("un-liaison-officer-establishment");

        Assert.Equal(TestData.Get<Event>("summit-5").Date.Start, establishment.Date.Start);
        Assert.Equal(TestData.Get<Event>("summit-6").Date.End, establishment.Date.End);
        Assert.Equal("Jakarta", TestData.Get<Place>(establishment.PlaceId!).City);
    }
}
