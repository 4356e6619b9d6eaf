using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

public sealed class TimelineTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    [Fact]
    public void Timeline_lists_dated_records_by_span_start_then_end()
    {
        Assert.Equal(
            ["summit-2", "disaster-plan", "unicef-somswd", "workshop-2014", "unicef-fac", "call-2015", "peacekeepers", "education-work-plan", "s2s-2016"],
            Ids.Of(_dataset.Timeline));
    }

    [Fact]
    public void Records_on_the_same_span_are_ordered_by_id_whatever_order_they_were_given()
    {
        var records = SampleDataset.Records();
        var sameDay = PartialDate.Day(2015, 6, 26);
        records.Add(new Event { Id = "b-meeting", Kind = EventKind.Meeting, Title = "B", Date = sameDay, Sources = SampleDataset.Cite(9) });
        records.Add(new Event { Id = "a-meeting", Kind = EventKind.Meeting, Title = "A", Date = sameDay, Sources = SampleDataset.Cite(9) });
        var forward = new PartnershipDataset("t", sameDay, records);
        records.Reverse();
        var backward = new PartnershipDataset("t", sameDay, records);

        var expected = new List<string> { "a-meeting", "b-meeting", "call-2015" };
        Assert.Equal(expected, Ids.Of(forward.Query().OfType<Event>().During(sameDay).ToTimeline()));
        Assert.Equal(Ids.Of(forward.Timeline), Ids.Of(backward.Timeline));
    }

    [Fact]
    public void Timeline_ranges_of_the_built_in_data_give_what_a_scan_of_the_timeline_gives()
    {
        // Every year, month and day span the report's dates reach, and intervals across long "since" spans: the index
        // answers in timeline order exactly what testing each entry gives.
        var data = Partnership.Current;
        var queries = new List<PartialDate>();
        for (var year = 1965; year <= 2020; year++)
        {
            queries.Add(PartialDate.Year(year));
            queries.Add(PartialDate.Month(year, 6));
            queries.Add(PartialDate.Between(PartialDate.Month(year, 3), PartialDate.Month(year + 2, 2)));
        }

        foreach (var entry in data.Timeline)
        {
            queries.Add(entry.Date);
        }

        foreach (var query in queries)
        {
            var scanned = new List<TimelineEntry>();
            foreach (var entry in data.Timeline)
            {
                if (entry.Date.Overlaps(query))
                {
                    scanned.Add(entry);
                }
            }

            Assert.Equal(scanned, data.TimelineDuring(query));
        }
    }

    [Fact]
    public void Timeline_ranges_use_each_entry_s_timeline_date_and_overlap()
    {
        // The plan is placed by its period 2011–2015, the activity "since 2012" reaches into 2016.
        Assert.Equal(["unicef-somswd", "education-work-plan", "s2s-2016"], Ids.Of(_dataset.TimelineDuring(PartialDate.Year(2016))));
        Assert.Equal(["disaster-plan", "unicef-somswd", "call-2015", "peacekeepers"], Ids.Of(_dataset.TimelineDuring(PartialDate.Year(2015))));
        Assert.Empty(_dataset.TimelineDuring(PartialDate.Year(1990)));
    }

    [Fact]
    public void Timeline_entries_show_the_kind_title_and_place()
    {
        var entry = _dataset.Timeline[0];
        Assert.Equal(nameof(EventKind.Summit), entry.Kind);
        Assert.Equal("Second ASEAN-UN Summit", entry.Title);
        Assert.Equal("un-headquarters", entry.PlaceId);
        Assert.Equal(PartialDate.Day(2005, 9, 13), TimelineEntry.DateOf(entry.Record));
    }
}
