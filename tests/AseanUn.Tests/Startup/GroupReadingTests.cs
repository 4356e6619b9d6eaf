using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AseanUn.BuiltIn;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Tests.BuiltIn;

namespace AseanUn.Tests.Startup;

/// <summary>
/// The built-in data is read group by group (one record type at a time), when a group is first asked for: a first
/// look-up by id reads its record's group and no other, and every way of reading gives the same records.
/// </summary>
public sealed class GroupReadingTests
{
    private static readonly List<PartnershipRecord> Written = EveryPropertySet.Records();

    [Fact]
    public void A_look_up_by_id_reads_only_the_group_of_its_record()
    {
        var (dataset, read) = Counted();

        Assert.True(dataset.TryGetPillar("PS", out var pillar));
        Assert.Equal("PS", pillar.Id);
        Assert.Equal([RecordTypes.IndexOf(typeof(Pillar))], read);

        Assert.False(dataset.TryGetRecord("absent", out _));
        Assert.Equal("test-1", dataset.Edition);
        Assert.Single(read);
    }

    [Fact]
    public void A_typed_list_reads_its_group_and_the_whole_list_reads_each_group_once()
    {
        var (dataset, read) = Counted();

        Assert.Equal(Written.OfType<Event>(), dataset.Events);
        Assert.Equal([RecordTypes.IndexOf(typeof(Event))], read);

        Assert.Equal(Written, dataset.Records);
        Assert.Equal(Enumerable.Range(0, RecordTypes.Count).Where(g => dataset.GroupRange(g).GetOffsetAndLength(dataset.Records.Count).Length > 0).Order(), read.Order());
        Assert.Equal(Written, dataset.Records);
        Assert.Equal(read.Count, read.Distinct().Count());
    }

    [Fact]
    public void Racing_threads_see_the_same_record_instances()
    {
        var data = CompactDataset.Write("test-1", PartialDate.Year(2017), Written);
        for (var trial = 0; trial < 20; trial++)
        {
            var dataset = CompactDataset.Read(data).Dataset;
            var found = new ConcurrentBag<PartnershipRecord>();

            Parallel.For(0, 8, _ => found.Add(dataset.GetRecord("PS")));

            Assert.All(found, r => Assert.Same(dataset.Pillars[0], r));
            Assert.Same(dataset.Records.Single(r => r.Id == "PS"), dataset.Pillars[0]);
        }
    }

    [Fact]
    public void The_built_in_dataset_read_group_by_group_equals_the_whole_read()
    {
        var whole = CompactDataset.Read(CompactDataset.Write(Partnership.Current.Edition, Partnership.Current.AsOf, Partnership.Current.Records)).Records;
        var byGroup = CompactDataset.Read(CompactDataset.Write(Partnership.Current.Edition, Partnership.Current.AsOf, Partnership.Current.Records)).Dataset;

        foreach (var record in whole.Reverse())
        {
            Assert.Equal(record, byGroup.GetRecord(record.Id));
        }

        Assert.Equal(whole, byGroup.Records);
    }

    [Fact]
    public void A_group_that_does_not_hold_the_ids_announced_is_refused_when_read()
    {
        var pillars = RecordTypes.IndexOf(typeof(Pillar));
        var counts = new int[RecordTypes.Count];
        counts[pillars] = 1;
        var groups = RecordGroups.Deferred(counts, ["PS"], g => g == pillars ? [new Pillar { Id = "SC", Name = "n", Sources = [new("doc")] }] : []);

        var error = Assert.Throws<InvalidDataException>(() => groups.All);

        Assert.Contains("'PS'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'SC'", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RecordGroups.Deferred(counts, ["PS", "SC"], _ => []));
    }

    // A dataset over the fixture whose group reads are counted.
    private static (PartnershipDataset Dataset, List<int> Read) Counted()
    {
        var content = CompactDataset.Read(CompactDataset.Write("test-1", PartialDate.Year(2017), Written));
        var read = new List<int>();
        var counts = Enumerable.Range(0, RecordTypes.Count).Select(g => content.Groups.RangeOf(g).GetOffsetAndLength(content.Groups.Ids.Length).Length).ToArray();
        var groups = RecordGroups.Deferred(counts, content.Groups.Ids, group =>
        {
            lock (read)
            {
                read.Add(group);
            }

            return content.Groups.Group(group);
        });
        return (PartnershipDataset.FromValidated("test-1", PartialDate.Year(2017), groups, "test-1", default), read);
    }
}
