using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Rules;
using AseanUn.Utility;
using NodaTime.Text;

namespace AseanUn.Presentation;

/// <summary>Builds the report page's <see cref="PageView"/> of a dataset from the library's own rules and indexes.</summary>
internal static class PageViews
{
    /// <summary>The key of the lane for records tagged with no action line: the partnership as a whole.</summary>
    public const string PartnershipLane = "partnership";

    /// <summary>Returns the view of <paramref name="dataset"/>.</summary>
    public static PageView Of(PartnershipDataset dataset)
    {
        var index = dataset.Index;
        var records = index.Records;
        var involves = Invert(index.Mentions, records.Length);
        var areas = Invert(index.Codes.Areas, records.Length);
        var pillars = Invert(index.Codes.Pillars, records.Length);
        var dates = new SortedDictionary<string, DateView>(StringComparer.Ordinal);
        Add(dates, dataset.AsOf);
        var views = new List<RecordView>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            FieldDescriptions.ForEachDate(record, date => Add(dates, date));
            if (record.TimelineDate is { } timelineDate)
            {
                Add(dates, timelineDate);
            }

            var type = record.GetType().Name;
            var kind = record.KindName ?? type;
            views.Add(new RecordView(
                record.Id,
                type,
                record.KindName is { } kindName ? $"{type} ({kindName})" : type,
                kind,
                DisplayWords.Of(kind),
                record.Label,
                record.TimelineDate?.ToString(),
                LaneOf(record),
                index.Search.KeyAt(i),
                [.. record.ActionLineTags],
                areas[i],
                pillars[i],
                involves[i],
                [.. dataset.ReferencesOf(record).Select(r => new RelationView(r.TargetId, r.Relation))]));
        }

        return new PageView(
            dataset.AsOf.ToString(),
            [new LaneView(PartnershipLane, "Partnership-wide (no action line)"), .. dataset.Pillars.Select(p => new LaneView(p.Code, p.Label))],
            views,
            [.. dataset.Pillars.Select(p => Code(p.Code, p.Label, dataset.RecordsUnderPillar(p.Code).Count, null, [
                .. dataset.AreasOf(p.Code).Select(a => Code(a.Code, a.Label, dataset.RecordsUnderArea(a.Code).Count, null, [
                    .. dataset.ActionLinesOf(a.Code).Select(l => Code(l.Code, l.Label, dataset.RecordsUnderActionLine(l.Code).Count, l.SupersededBy, [])),
                ])),
            ]))],
            dates,
            FieldDescriptions.Fields(),
            FieldDescriptions.Values(),
            Search());
    }

    /// <summary>Returns the key of the lane <paramref name="record"/> is drawn in: the pillar of its first action line, else <see cref="PartnershipLane"/>.</summary>
    public static string LaneOf(PartnershipRecord record)
    {
        var lines = record.ActionLineTags;
        return lines.IsEmpty ? PartnershipLane : CodeRules.PillarOf(lines[0]);
    }

    /// <summary>Returns the days <paramref name="date"/> covers.</summary>
    public static DateView DateOf(PartialDate date)
    {
        var qualifiers = date.Qualifier | date.EndQualifier;
        return new DateView(
            date.HasOpenStart || date.HasUnknownStart ? null : Iso(date.Start),
            date.HasOpenEnd || date.HasUnknownEnd ? null : Iso(date.End),
            date.IsInterval,
            !date.IsInterval && date.Precision == DatePrecision.Day,
            (qualifiers & DateQualifier.Approximate) != 0,
            (qualifiers & DateQualifier.Uncertain) != 0);
    }

    /// <summary>Returns the library's folding and word splitting as data: every UTF-16 character folding changes, and the white space <c>Search</c> splits a query at.</summary>
    public static SearchView Search()
    {
        var from = new System.Text.StringBuilder();
        var to = new System.Text.StringBuilder();
        var separators = new System.Text.StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            if (TextFolding.Fold(c) is var folded && folded != c)
            {
                from.Append(c);
                to.Append(folded);
            }

            if (char.IsWhiteSpace(c))
            {
                separators.Append(c);
            }
        }

        return new SearchView(from.ToString(), to.ToString(), separators.ToString());
    }

    private static CodeView Code(string code, string name, int count, string? supersededBy, List<CodeView> children) =>
        new(code, name, count, supersededBy, children);

    private static void Add(SortedDictionary<string, DateView> dates, PartialDate date) => dates.TryAdd(date.ToString(), DateOf(date));

    private static string Iso(NodaTime.LocalDate day) => LocalDatePattern.Iso.Format(day);

    // The keys of an index, by the ordinal of each record filed under them, in ordinal order of the keys.
    private static List<string>[] Invert(FrozenDictionary<string, Posting<PartnershipRecord>> postings, int count)
    {
        var keys = new List<string>[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = [];
        }

        foreach (var key in postings.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var ordinal in postings[key].Ordinals)
            {
                keys[ordinal].Add(key);
            }
        }

        return keys;
    }
}
