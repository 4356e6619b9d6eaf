using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Explorer.Records;
using AseanUn.Model;
using AseanUn.Queries;
using NodaTime;

namespace AseanUn.Explorer.Chart;

/// <summary>
/// Where everything of the timeline chart goes: one lane per pillar plus one for partnership-wide records, a mark per
/// dated record in the lane of its first action line, rows within each lane so marks never overlap, and a year scale.
/// </summary>
internal sealed class ChartLayout
{
    public const double Width = 1500;
    public const double LabelWidth = 310;
    public const double RightMargin = 40;
    public const double Top = 120;
    public const double RowHeight = 15;
    public const double LanePadding = 8;
    public const double MarkHeight = 9;
    public const double DotRadius = 4.5;

    // Space kept free after a mark before the next one in the same row.
    private const double MarkGap = 3;

    // Lane colours: the partnership lane first, then the pillars in dataset order (repeating should pillars be added).
    private static readonly string[] Colours = ["#566573", "#b03a2e", "#1f618d", "#1e8449", "#7d3c98"];

    public ChartLayout(PartnershipDataset dataset)
    {
        Dataset = dataset;
        AsOf = dataset.AsOf.End;
        var entries = dataset.Timeline;
        Scale = new YearScale([.. entries.Select(e => (First(e.Date).Year, Last(e.Date).Year))], LabelWidth, Width - RightMargin);

        string[] keys = [ChartLane.PartnershipKey, .. dataset.Pillars.Select(p => p.Code)];
        var rowEnds = keys.Select(_ => new List<double>()).ToArray();
        var marks = new List<ChartMark>();
        foreach (var entry in entries)
        {
            var lane = Array.IndexOf(keys, LaneKeyOf(entry.Record));
            var shape = ShapeOf(entry.Date);
            var x1 = Scale.XOf(First(entry.Date));
            var x2 = shape == MarkShape.Day ? x1 : Math.Max(Scale.XAfter(Last(entry.Date)), x1 + 3);
            var extentStart = shape == MarkShape.Day ? x1 - DotRadius : x1;
            var extentEnd = (shape == MarkShape.Day ? x1 + DotRadius : x2) + MarkGap;
            marks.Add(new ChartMark(entry, lane, shape, x1, x2, Place(rowEnds[lane], extentStart, extentEnd)));
        }

        Marks = marks;
        var y = Top;
        var lanes = new List<ChartLane>();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = i == 0 ? "Partnership-wide (no pillar)" : dataset.Pillars[i - 1].Name;
            var rows = Math.Max(1, rowEnds[i].Count);
            lanes.Add(new ChartLane(keys[i], name, Colours[i % Colours.Length], rows, y));
            y += (rows * RowHeight) + (2 * LanePadding);
        }

        Lanes = lanes;
        LanesBottom = y;
    }

    public PartnershipDataset Dataset { get; }

    public LocalDate AsOf { get; }

    public YearScale Scale { get; }

    public IReadOnlyList<ChartLane> Lanes { get; }

    public IReadOnlyList<ChartMark> Marks { get; }

    public double LanesBottom { get; }

    /// <summary>Returns the y of the middle of a mark's row.</summary>
    public double YOf(ChartMark mark) => Lanes[mark.Lane].Y + LanePadding + (mark.Row * RowHeight) + (RowHeight / 2);

    /// <summary>Returns the lane of a record: the pillar of its first action line, or the partnership lane if it has none.</summary>
    public static string LaneKeyOf(PartnershipRecord record)
    {
        var lines = RecordText.ActionLinesOf(record);
        return lines.IsEmpty ? ChartLane.PartnershipKey : lines[0][..lines[0].IndexOf('.', StringComparison.Ordinal)];
    }

    /// <summary>Returns how a date is drawn: open-ended, a range, a day, or a span a partial date may fall in.</summary>
    public static MarkShape ShapeOf(PartialDate date) =>
        date.HasOpenEnd || date.HasOpenStart ? MarkShape.Ongoing
        : date.IsInterval ? MarkShape.Range
        : date.Precision == DatePrecision.Day ? MarkShape.Day
        : MarkShape.Partial;

    // Open ends are drawn up to the date the data reports to.
    private LocalDate First(PartialDate date) => date.HasOpenStart ? date.End : date.Start;

    private LocalDate Last(PartialDate date) => date.HasOpenEnd ? LocalDate.Max(date.Start, AsOf) : date.End;

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
