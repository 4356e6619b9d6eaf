using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using AseanUn.BuiltIn;
using AseanUn.Dates;
using AseanUn.Model;
using Xunit;

namespace AseanUn.Tests.BuiltIn;

public sealed class CompactFormatTests
{
    private const string FixtureSha256 = "D68C97E7D2A20CA2C31F33B0178E108FBDC2502BD88E4E5E9C23B318F9253F0A";

    private static readonly PartialDate AsOf = PartialDate.Month(2017, 3);

    [Fact]
    public void Every_property_of_every_record_type_reads_back_as_written()
    {
        var records = EveryPropertySet.Records();

        var (edition, asOf, read, _) = CompactDataset.Read(CompactDataset.Write("test-1", AsOf, records));

        Assert.Equal("test-1", edition);
        Assert.Equal(AsOf, asOf);
        Assert.Equal(records, read);
    }

    // The bytes the hand-written reader and writer of version 2 gave this fixture, before the generated ones replaced them: the form
    // (CompactFormat.Version) changes only on purpose. The built-in dataset's own bytes were the same before and after.
    // A record type added later goes at the end of the fixture, past the thirteen records pinned here. Version 4 added the
    // number of record types to the head, so that the reader groups records by their tags without the registry. Version 5
    // drops the tags: records are written by group, each group a section of its own after every record's id, so that a
    // first look-up reads one group.
    [Fact]
    public void The_compact_form_of_every_property_is_the_bytes_it_was()
    {
        var bytes = CompactDataset.Write("test-1", AsOf, EveryPropertySet.Records().Take(13).ToList());

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.True(hash == FixtureSha256, $"The compact form of the fixture changed: SHA-256 {hash}.");
    }

    [Fact]
    public void The_fixture_sets_every_property_so_a_field_the_form_forgets_fails_the_round_trip()
    {
        var unset = EveryPropertySet.Records().SelectMany(r => UnsetProperties(r, r.GetType().Name)).ToList();

        Assert.Empty(unset);
        Assert.Equal(
            typeof(PartnershipRecord).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PartnershipRecord)) && !t.IsAbstract).OrderBy(t => t.Name),
            EveryPropertySet.Records().Select(r => r.GetType()).OrderBy(t => t.Name));
    }

    [Fact]
    public void Dates_of_every_shape_read_back_equal_and_format_the_same()
    {
        PartialDate[] dates =
        [
            PartialDate.Day(2016, 2, 29), PartialDate.Month(1967, 8), PartialDate.Year(2010).Approximately(), PartialDate.Decade(1970),
            PartialDate.Century(1900), PartialDate.Parse("2015-23"), PartialDate.Parse("2016?"), PartialDate.Between(PartialDate.Year(2011), PartialDate.Month(2015, 12)),
            PartialDate.Since(PartialDate.Year(2010)), PartialDate.Until(PartialDate.Day(2020, 12, 31)), PartialDate.Parse("/2015"), PartialDate.Parse("2015/"),
            PartialDate.Parse("-0044-03-15"),
        ];
        var records = dates.Select((d, i) => (PartnershipRecord)new Event { Id = $"e{i}", Kind = EventKind.Meeting, Title = "t", Date = d, Sources = [] }).ToList();

        var (_, _, read, _) = CompactDataset.Read(CompactDataset.Write("dates", AsOf, records));

        Assert.Equal(dates, read.Cast<Event>().Select(e => e.Date));
        Assert.Equal(dates.Select(d => d.ToString()), read.Cast<Event>().Select(e => e.Date.ToString()));
    }

    [Fact]
    public void The_built_in_resource_is_read_whole_into_the_current_dataset()
    {
        var current = Partnership.Current;

        // As many records as the dataset's source defines, each once: adding a record needs no count updated here.
        Assert.Equal(DataSource.Map.DefinedIds.Order(StringComparer.Ordinal), current.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal("2017-03", current.Edition);
        Assert.Equal(AsOf, current.AsOf);
        Assert.All(current.Records, r => Assert.False(string.IsNullOrEmpty(r.Id)));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'J', (byte)'S', (byte)'O', (byte)'N', 1, 0 }, "magic")]
    [InlineData(new byte[] { (byte)'A', (byte)'U', (byte)'N', (byte)'C', 9, 0 }, "version 9")]
    public void A_document_of_another_form_or_version_is_refused_with_the_reason(byte[] data, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => CompactDataset.Read(data));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_after_the_last_record_are_refused()
    {
        var data = CompactDataset.Write("test-1", AsOf, EveryPropertySet.Records());

        var error = Assert.Throws<InvalidDataException>(() => CompactDataset.Read([.. data, 0]));

        Assert.Contains("after its last record", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_of_a_document_is_refused_with_where_it_ends()
    {
        var data = CompactDataset.Write("test-1", AsOf, EveryPropertySet.Records());

        for (var length = 0; length < data.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => CompactDataset.Read(data[..length]));
            Assert.Contains("built-in data", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_corrupted_byte_gives_a_clear_refusal_or_a_document_never_another_exception()
    {
        var data = CompactDataset.Write("test-1", AsOf, EveryPropertySet.Records());
        var random = new Random(20170308);
        var refused = 0;

        for (var trial = 0; trial < 3000; trial++)
        {
            var corrupted = (byte[])data.Clone();
            corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            try
            {
                // Every group, not only the head: a group is otherwise read when first asked for.
                _ = CompactDataset.Read(corrupted).Records;
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        Assert.InRange(refused, 1, 3000);
    }

    [Fact]
    public void A_corrupted_byte_of_a_layered_document_gives_a_clear_refusal_or_a_document_never_another_exception()
    {
        var baseRecords = EveryPropertySet.Records();
        var changed = baseRecords.Select(r => r is Pillar pillar ? pillar with { Name = "Changed" } : r).ToList();
        var data = CompactDataset.WriteOver([.. baseRecords], new CompactHead("test-2", AsOf, "test-1", default, default), changed);
        var random = new Random(20171113);
        var refused = 0;

        for (var trial = 0; trial < 3000; trial++)
        {
            var corrupted = (byte[])data.Clone();
            corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            // Five bytes of 0xFF make the varint of a base position negative, the value no random byte is likely to give.
            if (trial % 10 == 0)
            {
                var at = random.Next(corrupted.Length - 5);
                corrupted.AsSpan(at, 4).Fill(0xFF);
                corrupted[at + 4] = 0x0F;
            }

            try
            {
                _ = CompactDataset.ReadOver(corrupted, [.. baseRecords]).Records;
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        Assert.InRange(refused, 1, 3000);
    }

    [Fact]
    public void Strings_are_written_once_however_often_records_use_them()
    {
        var pillar = EveryPropertySet.Records().OfType<Pillar>().Single();

        var data = CompactDataset.Write("test-1", AsOf, Enumerable.Repeat<PartnershipRecord>(pillar, 50));

        Assert.Equal(1, Occurrences(data, System.Text.Encoding.UTF8.GetBytes(pillar.Name)));
        Assert.Equal(50, CompactDataset.Read(data).Records.Length);
    }

    private static int Occurrences(byte[] data, byte[] text)
    {
        var count = 0;
        for (var at = data.AsSpan().IndexOf(text); at >= 0; at = data.AsSpan(at + 1).IndexOf(text) is var next and >= 0 ? at + 1 + next : -1)
        {
            count++;
        }

        return count;
    }

    // Properties a record (or a value it holds) leaves at their default: null, empty, zero or the first enum member.
    private static IEnumerable<string> UnsetProperties(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var item = property.GetValue(value);
            var where = $"{path}.{property.Name}";
            if (item is null || (item.GetType().IsValueType && item.Equals(Activator.CreateInstance(item.GetType()))))
            {
                yield return where;
            }
            else if (item is IEnumerable items and not string)
            {
                var list = items.Cast<object>().ToList();
                if (list.Count == 0)
                {
                    yield return where;
                }

                foreach (var unset in list.Where(i => i is Role or Claim or StatusEntry).SelectMany(i => UnsetProperties(i, where)))
                {
                    yield return unset;
                }
            }
        }
    }
}
