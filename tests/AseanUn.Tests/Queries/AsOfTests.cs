using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Queries;

/// <summary>The as-of answers of the built-in dataset: known, uncertain or unknown, never a value before its evidence.</summary>
public sealed class AsOfTests
{
    private const string PlanOfAction = "asean-un-plan-of-action-2016-2020";
    private static PartnershipDataset Data => Partnership.Current;

    [Fact]
    public void The_2007_MoU_is_not_known_as_signed_in_2000()
    {
        var answer = Data.StatusAsOf("asean-un-mou-2007", PartialDate.Day(2000, 1, 1));

        Assert.Equal(Certainty.Unknown, answer.Certainty);
        Assert.Null(answer.Status);
        Assert.NotEqual(InstrumentStatus.Signed, answer.LastKnown?.Status);
    }

    [Fact]
    public void The_ASEAN_Charter_is_not_known_as_planned_in_2017()
    {
        var answer = Data.StatusAsOf("asean-charter", PartialDate.Day(2017, 1, 1));

        Assert.NotEqual(Certainty.Known, answer.Certainty);
        Assert.Null(answer.Status);
    }

    [Fact]
    public void A_step_known_only_as_no_later_than_a_day_counts_from_that_day()
    {
        // The 8th Summit of 7 September 2016 noted the adoption (¶10): adopted no later than that day.
        Assert.NotEqual(Certainty.Known, Data.StatusAsOf(PlanOfAction, PartialDate.Day(2016, 9, 6)).Certainty);
        Assert.Equal((Certainty.Known, InstrumentStatus.Adopted), (Data.StatusAsOf(PlanOfAction, PartialDate.Day(2016, 9, 7)) is var a ? (a.Certainty, a.Status) : default));
    }

    [Fact]
    public void The_Plan_of_Action_is_planned_or_last_known_planned_at_the_start_of_2016()
    {
        var answer = Data.StatusAsOf(PlanOfAction, PartialDate.Day(2016, 1, 1));

        Assert.True(
            answer.Status == InstrumentStatus.Planned || (answer.Certainty == Certainty.Unknown && answer.LastKnown?.Status == InstrumentStatus.Planned),
            answer.ToString());
    }

    [Fact]
    public void The_Roadmap_for_an_ASEAN_Community_is_not_known_as_concluded_in_2010()
    {
        var answer = Data.StatusAsOf("roadmap-for-an-asean-community", PartialDate.Day(2010, 1, 1));

        Assert.NotEqual(InstrumentStatus.Concluded, answer.Status);
        Assert.NotEqual(Certainty.Known, answer.Certainty);
    }

    [Fact]
    public void Every_instrument_is_known_in_its_last_status_at_the_end_of_the_report_or_says_why_not()
    {
        foreach (var instrument in Data.Instruments)
        {
            var answer = Data.StatusAsOf(instrument.Id, Data.AsOf);
            if (answer.Certainty == Certainty.Known)
            {
                Assert.Equal(instrument.Status, answer.Status);
                Assert.False(answer.Evidence.IsEmpty, instrument.Id);
            }
            else
            {
                // A transient status known only at an earlier date, or an act dated to a span the date falls in.
                Assert.True(answer.LastKnown is not null || answer.Candidates.Count > 0, $"{instrument.Id}: {answer}");
            }
        }
    }

    [Fact]
    public void The_timeline_as_of_a_day_holds_only_what_was_known_to_have_begun_by_then()
    {
        var day = PartialDate.Day(2016, 1, 1);
        var before = Data.TimelineAsOf(day);
        var after = Data.TimelineAsOf(PartialDate.Day(2017, 3, 1));

        Assert.All(before, e => Assert.True(e.Date.Start <= day.End));
        Assert.Contains(before, e => e.Record.Id == "summit-7");
        Assert.DoesNotContain(before, e => e.Record.Id is "summit-8" or PlanOfAction);
        Assert.Contains(after, e => e.Record.Id is "summit-8");
        Assert.DoesNotContain(after, e => e.Record.Id == "kim-won-soo-courtesy-call-2017");
        Assert.Equal(before, before.OrderBy(e => e).ToArray());
        Assert.True(after.Count > before.Count);
    }

    [Fact]
    public void Asking_allocates_nothing_once_the_steps_are_built()
    {
        var day = PartialDate.Day(2016, 9, 7);
        foreach (var instrument in Data.Instruments)
        {
            _ = Data.StatusAsOf(instrument.Id, day);
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var known = 0;
        foreach (var instrument in Data.Instruments)
        {
            var answer = Data.StatusAsOf(instrument.Id, day);
            known += answer.Certainty == Certainty.Known ? 1 : 0;
            foreach (var candidate in answer.Candidates)
            {
                known += candidate.Since is null ? 0 : 1;
            }
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(known > 0);
    }

    [Theory]
    [InlineData("2000")]
    [InlineData("2016-09")]
    [InlineData("2016-09-07")]
    [InlineData("2020-10-21")]
    [InlineData("2025-11-01")]
    public void Asking_for_every_instrument_at_once_gives_each_instrument_s_own_answer(string date)
    {
        var asOf = PartialDate.Parse(date);
        foreach (var dataset in new[] { Data, Partnership.WithLayers })
        {
            var answers = dataset.StatusesAsOf(asOf);

            Assert.Equal(dataset.Instruments.Count, answers.Count);
            var i = 0;
            foreach (var answer in answers)
            {
                Assert.Same(dataset.Instruments[i], answers.InstrumentAt(i));
                Assert.Equal(dataset.StatusAsOf(dataset.Instruments[i].Id, asOf), answer);
                i++;
            }

            Assert.Equal(answers.Count, i);
        }
    }

    [Fact]
    public void Asking_for_every_instrument_at_once_allocates_nothing_once_the_steps_are_built()
    {
        var day = PartialDate.Day(2016, 9, 7);
        _ = Data.StatusesAsOf(day);

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var known = 0;
        foreach (var answer in Data.StatusesAsOf(day))
        {
            known += answer.Certainty == Certainty.Known ? 1 : 0;
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(known > 0);
    }

    [Fact]
    public void Asking_for_every_instrument_on_an_open_date_is_refused()
    {
        Assert.Throws<System.ArgumentException>(() => Data.StatusesAsOf(PartialDate.Since(PartialDate.Year(2016))));
    }

    [Theory]
    [InlineData("summit-4")] // a record, not an instrument: the records on either side of the instruments' run
    [InlineData("overview-2017")]
    [InlineData("SC.1.2")]
    [InlineData("no-such-record")]
    public void Asking_for_the_status_of_what_is_not_an_instrument_is_refused(string id)
    {
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Data.StatusAsOf(id, PartialDate.Year(2016)));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Partnership.WithLayers.StatusAsOf(id, PartialDate.Year(2016)));
    }
}
