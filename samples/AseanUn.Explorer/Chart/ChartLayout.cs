using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Presentation;
using AseanUn.Queries;
using NodaTime;

namespace AseanUn.Explorer.Chart;

/// <summary>
/// Where everything of the timeline chart goes: one lane per pillar plus one for partnership-wide records, a mark per
/// dated record in the lane of its first action line, rows within each lane so marks never overlap, labels in tiers
/// above the lanes for the important marks, and a year scale that gives its width to the busy years.
/// </summary>
/// <remarks>
/// The chart is drawn 1040 wide so that, scaled into a README column of about 880 pixels, its smallest text
/// (<see cref="SmallText"/>) is still over 10 pixels.
/// </remarks>
internal sealed class ChartLayout
{
    public const double Width = 1040;
    public const double PlotLeft = 16;
    public const double PlotRight = Width - 20;
    public const double HeaderBottom = 62;
    public const double TierHeight = 17;
    public const double LaneHeader = 20;
    public const double RowHeight = 15;
    public const double LanePadding = 5;
    public const double MarkHeight = 9;
    public const double DotRadius = 4.5;

    /// <summary>The font size of the smallest text: years, counts, labels, legend.</summary>
    public const double SmallText = 12;

    /// <summary>The font size of lane names.</summary>
    public const double LaneNameText = 13;

    // Space kept free after a mark before the next one in the same row, and between labels in a tier.
    private const double MarkGap = 3;
    private const double LabelGap = 10;

    // Labels longer than this are cut at a word and end with an ellipsis; the tooltip has the whole title.
    private const int LongestLabel = 36;

    // Lane colours: the partnership lane first, then the pillars in dataset order (repeating should pillars be added).
    private static readonly string[] Colours = ["#566573", "#b03a2e", "#1f618d", "#1e8449", "#7d3c98"];

    public ChartLayout(PartnershipDataset dataset)
    {
        Dataset = dataset;
        AsOf = dataset.AsOf.End;
        var entries = dataset.Timeline;
        Scale = new YearScale([.. entries.Select(e => (First(e.Date).Year, Last(e.Date).Year))], PlotLeft, PlotRight);

        string[] keys = [ChartLane.PartnershipKey, .. dataset.Pillars.Select(p => p.Code)];
        var rowEnds = keys.Select(_ => new List<double>()).ToArray();
        var marks = new List<ChartMark>();
        foreach (var entry in entries)
        {
            // The lane as the library places the record, the report page's too: the pillar of its first action line.
            var lane = Array.IndexOf(keys, PageViews.LaneOf(entry.Record));
            var shape = ShapeOf(entry.Date);
            var x1 = Scale.XOf(First(entry.Date));
            var x2 = shape == MarkShape.Day ? x1 : Math.Max(Scale.XAfter(Last(entry.Date)), x1 + 3);
            var extentStart = shape == MarkShape.Day ? x1 - DotRadius : x1;
            var extentEnd = (shape == MarkShape.Day ? x1 + DotRadius : x2) + MarkGap;
            marks.Add(new ChartMark(entry, lane, shape, x1, x2, Place(rowEnds[lane], extentStart, extentEnd)));
        }

        Marks = marks;
        Labels = PlaceLabels(marks);
        Tiers = Labels.Count == 0 ? 0 : Labels.Max(l => l.Tier) + 1;
        Top = HeaderBottom + 12 + (Tiers * TierHeight) + 10;
        var y = Top;
        var lanes = new List<ChartLane>();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = i == 0 ? "Partnership-wide" : dataset.Pillars[i - 1].Name;
            var rows = Math.Max(1, rowEnds[i].Count);
            var lane = new ChartLane(keys[i], name, Colours[i % Colours.Length], rows, y, CountsOf(dataset, keys[i], marks.Count(m => m.Lane == i)));
            lanes.Add(lane);
            y += lane.Height;
        }

        Lanes = lanes;
        LanesBottom = y;
    }

    public PartnershipDataset Dataset { get; }

    public LocalDate AsOf { get; }

    public YearScale Scale { get; }

    public IReadOnlyList<ChartLane> Lanes { get; }

    public IReadOnlyList<ChartMark> Marks { get; }

    /// <summary>Gets the labels of the important marks, by tier.</summary>
    public IReadOnlyList<ChartLabel> Labels { get; }

    /// <summary>Gets how many tiers of labels there are above the lanes.</summary>
    public int Tiers { get; }

    /// <summary>Gets the top of the first lane.</summary>
    public double Top { get; }

    public double LanesBottom { get; }

    /// <summary>Returns the y of the middle of a mark's row.</summary>
    public double YOf(ChartMark mark) => Lanes[mark.Lane].RowY(mark.Row);

    /// <summary>Returns the baseline of a tier of labels.</summary>
    public double TierY(int tier) => Top - 10 - (tier * TierHeight);

    /// <summary>Returns how a date is drawn: open-ended, a range, a day, or a span a partial date may fall in.</summary>
    public static MarkShape ShapeOf(PartialDate date) =>
        date.HasOpenEnd || date.HasOpenStart ? MarkShape.Ongoing
        : date.IsInterval ? MarkShape.Range
        : date.Precision == DatePrecision.Day ? MarkShape.Day
        : MarkShape.Partial;

    /// <summary>
    /// Returns whether a record's mark is labelled on the chart: the summits, and the instruments signed, adopted or in
    /// force between an ASEAN party and a UN party (the partnership's own declarations, agreements and its Plan of Action).
    /// </summary>
    public static bool IsImportant(PartnershipDataset dataset, PartnershipRecord record) => record switch
    {
        Event { Kind: EventKind.Summit } => true,
        Instrument { Status: InstrumentStatus.Signed or InstrumentStatus.Adopted or InstrumentStatus.InForce } instrument =>
            SidesOf(dataset, instrument).Contains(Side.Asean) && SidesOf(dataset, instrument).Contains(Side.UnitedNations),
        _ => false,
    };

    /// <summary>
    /// Returns the label of every record <see cref="IsImportant"/> marks, by id: a summit by its number, an instrument by
    /// its short name where that names it alone, else by its title cut at a word (the report page labels the same).
    /// </summary>
    public static Dictionary<string, string> LabelsOf(PartnershipDataset dataset)
    {
        var important = dataset.Timeline.Select(e => e.Record).Where(r => IsImportant(dataset, r)).ToList();
        var shortNames = important.Select(r => (r as Instrument)?.ShortName).OfType<string>().CountBy(n => n).ToDictionary();
        return important.ToDictionary(r => r.Id, r => LabelOf(r, shortNames), StringComparer.Ordinal);
    }

    // Open ends are drawn up to the date the data reports to.
    private LocalDate First(PartialDate date) => date.HasOpenStart ? date.End : date.Start;

    private LocalDate Last(PartialDate date) => date.HasOpenEnd ? LocalDate.Max(date.Start, AsOf) : date.End;

    private static IEnumerable<Side> SidesOf(PartnershipDataset dataset, Instrument instrument) =>
        instrument.PartyIds.Select(id => dataset.TryGetRecord(id, out var party) && party is Organisation o ? o.Side : Side.Other);

    private List<ChartLabel> PlaceLabels(List<ChartMark> marks)
    {
        var texts = LabelsOf(Dataset);
        var important = marks.Where(m => texts.ContainsKey(m.Entry.Record.Id)).ToList();
        var tierEnds = new List<double>();
        var labels = new List<ChartLabel>();
        foreach (var mark in important.OrderBy(m => (m.X1 + m.X2) / 2).ThenBy(m => m.Entry))
        {
            var text = texts[mark.Entry.Record.Id];
            var summit = mark.Entry.Record is Event;
            var anchor = (mark.X1 + mark.X2) / 2;
            var width = TextMeasure.Width(text, SmallText, bold: summit);
            var x = Math.Min(anchor - 3, Width - 6 - width);
            var tier = tierEnds.FindIndex(end => end + LabelGap <= x);
            if (tier < 0)
            {
                tierEnds.Add(x + width);
                tier = tierEnds.Count - 1;
            }
            else
            {
                tierEnds[tier] = x + width;
            }

            labels.Add(new ChartLabel(mark, text, x, anchor, tier, summit));
        }

        return labels;
    }

    // A summit by its number; an instrument by its short name where that names it alone, else by its title, cut at a word.
    private static string LabelOf(PartnershipRecord record, Dictionary<string, int> shortNames)
    {
        if (record is Event { Ordinal: { } ordinal })
        {
            return $"Summit {ordinal.ToString(CultureInfo.InvariantCulture)}";
        }

        var text = record is Instrument { ShortName: { } shortName } && shortNames[shortName] == 1 ? shortName : record.Label;
        if (text.Length <= LongestLabel)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', LongestLabel - 1);
        return text[..(cut > 0 ? cut : LongestLabel - 1)] + "…";
    }

    private static string CountsOf(PartnershipDataset dataset, string key, int drawnHere)
    {
        if (key == ChartLane.PartnershipKey)
        {
            return $"{drawnHere} dated records tagged with no action line (outside every pillar)";
        }

        var tagged = dataset.RecordsUnderPillar(key);
        var dated = tagged.Count(r => TimelineEntry.DateOf(r) is not null);
        return $"{key} · {tagged.Count} records tagged (as pillars counts), {dated} dated: {drawnHere} here, {dated - drawnHere} in another pillar's lane";
    }

    /// <summary>Puts a mark in the first row where it fits after the row's last mark, opening a new row if none.</summary>
    private static int Place(List<double> rowEnds, double start, double end)
    {
        var row = rowEnds.FindIndex(rowEnd => rowEnd <= start);
        if (row < 0)
        {
            rowEnds.Add(end);
            return rowEnds.Count - 1;
        }

        rowEnds[row] = end;
        return row;
    }
}
