using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Collections;
using AseanUn.Json;
using AseanUn.Model;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>Records compare and hash by content, every property counts, and a dataset of equal records is an equal dataset.</summary>
public sealed class RecordEqualityTests(ITestOutputHelper output)
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Every_record_equals_its_deep_copy_and_its_clone_and_hashes_alike()
    {
        foreach (var record in Dataset.Records)
        {
            var copy = (PartnershipRecord)RecordCopies.Deep(record)!;
            var clone = record with { };

            Assert.NotSame(record, copy);
            Assert.True(record.Equals(copy) && copy.Equals(record) && record == copy, $"{record.Id} differs from its deep copy");
            Assert.Equal(record.GetHashCode(), copy.GetHashCode());
            Assert.Equal(record, clone);
            Assert.Equal(record.GetHashCode(), clone.GetHashCode());
        }

        output.WriteLine($"{Dataset.Records.Count} records compared with a deep copy and a clone.");
    }

    [Fact]
    public void Every_record_equals_its_JSON_round_trip_and_hashes_alike()
    {
        var imported = DatasetJson.Import(DatasetJson.Export(Dataset));

        Assert.Equal(Dataset.Records.Count, imported.Records.Count);
        for (var i = 0; i < Dataset.Records.Count; i++)
        {
            Assert.NotSame(Dataset.Records[i], imported.Records[i]);
            Assert.Equal(Dataset.Records[i], imported.Records[i]);
            Assert.Equal(Dataset.Records[i].GetHashCode(), imported.Records[i].GetHashCode());
        }
    }

    [Fact]
    public void Every_property_of_every_record_takes_part_in_equality()
    {
        var covered = new HashSet<(Type, string)>();
        var comparisons = 0;
        foreach (var record in Dataset.Records)
        {
            foreach (var property in RecordCopies.StateOf(record.GetType()))
            {
                if (RecordCopies.Changed(record, property) is not { } changed)
                {
                    continue;
                }

                comparisons++;
                covered.Add((record.GetType(), property.Name));
                Assert.False(record.Equals(changed), $"{record.Id} equals a copy with another {property.Name}");
                Assert.False(changed.Equals(record), $"A copy of {record.Id} with another {property.Name} equals it");
            }
        }

        var expected = Dataset.Records.Select(r => r.GetType()).Distinct().SelectMany(t => RecordCopies.StateOf(t).Select(p => (t, p.Name)));
        Assert.Empty(expected.Except(covered));
        output.WriteLine($"{comparisons} one-property changes compared, covering {covered.Count} properties of {covered.Select(c => c.Item1).Distinct().Count()} record types.");
    }

    [Fact]
    public void A_dataset_built_from_deep_copies_equals_the_original_in_every_group_and_exports_the_same_bytes()
    {
        var copies = Dataset.Records.Select(r => (PartnershipRecord)RecordCopies.Deep(r)!).ToList();

        var rebuilt = new PartnershipDataset(Dataset.Edition, Dataset.AsOf, copies);

        Assert.Equal(Dataset.Records, rebuilt.Records);
        Assert.Equal(Dataset.Records.GetHashCode(), rebuilt.Records.GetHashCode());
        Assert.Equal(Dataset.Timeline, rebuilt.Timeline);
        Assert.Equal(Dataset.CooperationLinks, rebuilt.CooperationLinks);
        Assert.Equal(DatasetJson.Export(Dataset), DatasetJson.Export(rebuilt));
    }

    [Fact]
    public void Empty_and_default_equatable_arrays_are_equal_and_hash_alike()
    {
        EquatableArray<string>[] empties = [default, EquatableArray<string>.Empty, EquatableArray.From(Array.Empty<string>()), EquatableArray.Create<string>([])];

        Assert.All(empties, e => Assert.Equal(empties[0], e));
        Assert.Single(empties.Select(e => e.GetHashCode()).Distinct());
        Assert.NotEqual(EquatableArray.Create<string>(["a"]), empties[0]);
    }
}
