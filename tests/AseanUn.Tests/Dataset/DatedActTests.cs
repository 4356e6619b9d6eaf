using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// Every act the report dates is a status step of its instrument, so that no act is known before its date; a period
/// alone (the Roadmap's 2009-2015) is not a step.
/// </summary>
public sealed class DatedActTests
{
    public static TheoryData<string, InstrumentStatus, string, int> Acts => new()
    {
        { "asean-un-mou-2007", InstrumentStatus.Signed, "2007-09-27", 4 },
        { "joint-declaration-disaster-management", InstrumentStatus.Adopted, "2010-10-29", 5 },
        { "co-chairs-statement-2010", InstrumentStatus.Issued, "2010-10-29", 5 },
        { "joint-declaration-comprehensive-partnership", InstrumentStatus.Adopted, "2011-11-19", 6 },
        { "asean-un-work-plan-2015", InstrumentStatus.Adopted, "../2014-11-12", 8 },
        { "comprehensive-partnership-report-2013-2015", InstrumentStatus.Submitted, "../2015-11-22", 9 },
        { "asean-un-plan-of-action-2016-2020", InstrumentStatus.Adopted, "../2016-09-07", 10 },
        { "joint-report-2015-2016", InstrumentStatus.Submitted, "../2016-09-22", 11 },
        { "unga-resolution-57-35", InstrumentStatus.Adopted, "2002-11-21", 12 },
        { "unga-resolution-69-110", InstrumentStatus.Adopted, "2014-12-10", 12 },
        { "asia-pacific-trade-and-investment-report-2015", InstrumentStatus.Published, "2015-11", 22 },
        { "vision-strategic-plan-food-agriculture-forestry", InstrumentStatus.Adopted, "2015-09", 23 },
        { "regional-framework-social-protection", InstrumentStatus.Adopted, "2015-11", 28 },
        { "asean-who-mou-2014", InstrumentStatus.Signed, "2014-09-18", 29 },
        { "rpa-on-evaw", InstrumentStatus.Adopted, "2015-11", 30 },
        { "asean-unicef-fac", InstrumentStatus.Signed, "2014-12-03", 31 },
        { "asean-un-work-plan-environment-climate-change", InstrumentStatus.Planned, "2015-05-18", 34 },
        { "asean-unesco-fac", InstrumentStatus.Signed, "2013-12", 36 },
        { "asean-charter", InstrumentStatus.Planned, "2005-09-13", 3 },
    };

    [Theory]
    [MemberData(nameof(Acts))]
    public void A_dated_act_is_a_status_step_citing_its_paragraph(string id, InstrumentStatus status, string date, int paragraph)
    {
        var instrument = TestData.Get<Instrument>(id);

        Assert.Contains(instrument.History, s => s.Status == status && s.Date == PartialDate.Parse(date) && s.Sources.Any(c => c.Paragraph == paragraph));
    }

    [Fact]
    public void Every_General_Assembly_resolution_is_adopted_on_its_date()
    {
        Assert.All(TestData.Dataset.Instruments.Where(i => i.Kind == InstrumentKind.GeneralAssemblyResolution), r =>
            Assert.Equal((InstrumentStatus.Adopted, r.Date!.Value), (Assert.Single(r.History).Status, r.History[0].Date)));
    }

    [Fact]
    public void No_act_is_known_before_its_date()
    {
        Assert.Equal((Certainty.Unknown, null), Answer("asean-un-mou-2007", PartialDate.Day(2000, 1, 1)));
        Assert.Equal((Certainty.Unknown, null), Answer("rpa-on-evaw", PartialDate.Day(2010, 1, 1)));
        Assert.Equal(Certainty.Uncertain, Answer("rpa-on-evaw", PartialDate.Day(2015, 11, 15)).Certainty);
        Assert.Equal((Certainty.Known, InstrumentStatus.Adopted), Answer("rpa-on-evaw", PartialDate.Day(2015, 11, 30)));
    }

    [Fact]
    public void The_Plan_of_Action_is_last_known_planned_before_and_adopted_on_7_September_2016()
    {
        var before = TestData.Dataset.StatusAsOf("asean-un-plan-of-action-2016-2020", PartialDate.Day(2016, 1, 1));
        Assert.Equal((Certainty.Unknown, InstrumentStatus.Planned), (before.Certainty, before.LastKnown?.Status));
        Assert.Equal((Certainty.Known, InstrumentStatus.Adopted), Answer("asean-un-plan-of-action-2016-2020", PartialDate.Day(2016, 9, 7)));
    }

    private static (Certainty Certainty, InstrumentStatus? Status) Answer(string id, PartialDate date) =>
        TestData.Dataset.StatusAsOf(id, date) is var answer ? (answer.Certainty, answer.Status) : default;

    [Fact]
    public void The_Roadmap_s_period_is_not_a_status_step()
    {
        var roadmap = TestData.Get<Instrument>("roadmap-for-an-asean-community");

        Assert.Empty(roadmap.History);
        Assert.True(roadmap.IsInferred(nameof(Instrument.Status)));
    }
}
