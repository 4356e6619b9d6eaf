using System;
using System.Linq;
using System.Reflection;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Tests.Model;

/// <summary>
/// What every consumer asks of a record (its kind, dates, action lines, the records it names) is answered by the
/// record itself, and the answers agree with the type's own properties for every record type — also one added later.
/// </summary>
public sealed class RecordBehaviourTests
{
    private static readonly PartnershipDataset Data = Partnership.Current;

    [Fact]
    public void A_record_s_kind_name_is_its_kind_property_where_its_type_has_one()
    {
        foreach (var record in Data.Records)
        {
            var kind = record.GetType().GetProperty("Kind", BindingFlags.Public | BindingFlags.Instance)?.GetValue(record);
            Assert.Equal(kind?.ToString(), record.KindName);
        }
    }

    [Fact]
    public void A_record_s_action_line_tags_are_its_action_line_codes_where_its_type_has_them()
    {
        foreach (var record in Data.Records)
        {
            var codes = record.GetType().GetProperty("ActionLineCodes")?.GetValue(record) is EquatableArray<string> own ? own : default;
            Assert.Equal(codes, record.ActionLineTags);
        }
    }

    [Fact]
    public void Dated_records_are_on_the_timeline_by_their_date_else_their_period_and_match_queries_by_both()
    {
        Assert.All(Data.Records, record =>
        {
            if (record.TimelineDate is { } date)
            {
                Assert.Equal(record.RecordDate ?? record.RecordPeriod, date);
                Assert.Equal(new[] { record.RecordDate, record.RecordPeriod }.Where(d => d is not null).Select(d => d!.Value), record.Dates);
            }
            else
            {
                Assert.Empty(record.Dates);
            }
        });
        Assert.Equal(Data.Records.Where(r => r.TimelineDate is not null).Select(r => r.Id).Order(), Data.Timeline.Select(e => e.Record.Id).Order());
        Assert.All(Data.SourceDocuments, d => Assert.Equal((d.AsOf, (AseanUn.Dates.PartialDate?)null), (d.RecordDate!.Value, d.TimelineDate)));
    }

    [Fact]
    public void A_record_names_the_records_its_references_hold()
    {
        foreach (var record in Data.Records)
        {
            Assert.Equal(Data.ReferencesOf(record).Select(r => r.TargetId).Distinct(), record.ReferencedIds);
        }
    }

    [Fact]
    public void A_reference_s_relation_is_the_role_s_title_or_a_word_for_its_property()
    {
        var references = Data.Records.SelectMany(r => Data.ReferencesOf(r)).ToList();
        Assert.All(references, r => Assert.Equal(r.Role?.Title ?? RecordTypes.RelationOf(r.Source, r.Property), r.Relation));
        Assert.All(references.Where(r => r.Role is null), r => Assert.NotEqual(r.Property, r.Relation));
        Assert.Contains(references, r => r.Property == "hostStateId" && r.Relation == "host");
    }
}
