using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The timeline of the built-in dataset spans the partnership from the 1970s to the report's date.</summary>
public sealed class TimelineTests
{
    private static readonly PartnershipDataset Data = TestData.Dataset;

    [Fact]
    public void Timeline_starts_in_the_1970s_and_ends_in_2017()
    {
        var first = Data.Timeline[0];
        var last = Data.Timeline[Data.Timeline.Count - 1];

        Assert.InRange(first.Date.Start.Year, 1970, 1979);
        Assert.Equal(2017, last.Date.Start.Year);
        Assert.Equal("undp-study-economic-cooperation", first.Record.Id);
    }

    [Fact]
    public void Every_event_and_every_dated_instrument_is_on_the_timeline()
    {
        var onTimeline = Data.Timeline.Select(e => e.Record.Id).ToHashSet();

        Assert.All(Data.Events, e => Assert.Contains(e.Id, onTimeline));
        Assert.All(Data.Instruments.Where(i => i.Date is not null), i => Assert.Contains(i.Id, onTimeline));
    }

    [Fact]
    public void The_1977_launch_comes_before_the_first_summit_and_the_last_summit_before_the_last_call()
    {
        var ids = Data.Timeline.Select(e => e.Record.Id).ToList();

        Assert.True(ids.IndexOf("asean-undp-subregional-programme-launch") < ids.IndexOf("summit-1"));
        Assert.True(ids.IndexOf("summit-8") < ids.IndexOf("kim-won-soo-courtesy-call-2017"));
        Assert.Equal(EventKind.CourtesyCall, Assert.IsType<Event>(Data.Timeline[Data.Timeline.Count - 1].Record).Kind);
    }
}
