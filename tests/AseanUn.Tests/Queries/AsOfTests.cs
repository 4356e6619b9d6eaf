using System.Linq;
using AseanUn.Model;
using NodaTime;

namespace AseanUn.Tests.Queries;

/// <summary>Status histories and the timeline as it stood on a given day.</summary>
public sealed class AsOfTests
{
    private const string PlanOfAction = "asean-un-plan-of-action-2016-2020";
    private static PartnershipDataset Data => Partnership.Current;

    [Fact]
    public void The_Plan_of_Action_was_planned_at_the_start_of_2016_and_adopted_by_March_2017()
    {
        var plan = Data.Get<Instrument>(PlanOfAction);

        Assert.Equal([InstrumentStatus.Planned, InstrumentStatus.Planned, InstrumentStatus.Adopted], plan.History.Select(e => e.Status));
        Assert.Null(Data.StatusAsOf(PlanOfAction, new LocalDate(2015, 9, 28)));
        Assert.Equal(InstrumentStatus.Planned, Data.StatusAsOf(PlanOfAction, new LocalDate(2016, 1, 1)));
        Assert.Equal(InstrumentStatus.Adopted, Data.StatusAsOf(PlanOfAction, new LocalDate(2017, 3, 1)));
        Assert.Equal(plan.Status, plan.StatusAsOf(Data.AsOf.End));
    }

    [Fact]
    public void A_step_known_only_as_no_later_than_a_day_counts_from_that_day()
    {
        // The 8th Summit of 7 September 2016 noted the adoption (¶10): adopted no later than that day.
        Assert.Equal(InstrumentStatus.Planned, Data.StatusAsOf(PlanOfAction, new LocalDate(2016, 9, 6)));
        Assert.Equal(InstrumentStatus.Adopted, Data.StatusAsOf(PlanOfAction, new LocalDate(2016, 9, 7)));
    }

    [Fact]
    public void An_instrument_without_a_history_answers_its_one_status_for_any_day()
    {
        Assert.Equal(InstrumentStatus.Adopted, Data.StatusAsOf("bali-concord-ii", new LocalDate(2001, 1, 1)));
    }

    [Fact]
    public void The_timeline_as_of_a_day_holds_what_had_begun_by_then()
    {
        var before = Data.TimelineAsOf(new LocalDate(2016, 1, 1));
        var after = Data.TimelineAsOf(new LocalDate(2017, 3, 1));

        Assert.All(before, e => Assert.True(e.Date.Start <= new LocalDate(2016, 1, 1)));
        Assert.Contains(before, e => e.Record.Id == "summit-7");
        Assert.DoesNotContain(before, e => e.Record.Id is "summit-8" or PlanOfAction);
        Assert.Contains(after, e => e.Record.Id is "summit-8");
        Assert.Contains(after, e => e.Record.Id == PlanOfAction);
        Assert.DoesNotContain(after, e => e.Record.Id == "kim-won-soo-courtesy-call-2017");
        Assert.Equal(Data.Timeline.Take(before.Count), before);
        Assert.True(after.Count > before.Count);
    }
}
