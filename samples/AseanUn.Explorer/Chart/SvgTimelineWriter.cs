using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Records;
using AseanUn.Model;

namespace AseanUn.Explorer.Chart;

/// <summary>
/// Draws a <see cref="ChartLayout"/> as a self-contained SVG document with <see cref="XmlWriter"/>: the same dataset
/// always gives the same bytes (fixed order, invariant numbers rounded to a tenth, '\n' line ends).
/// </summary>
internal static class SvgTimelineWriter
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    // Every text has a size here, none below ChartLayout.SmallText; the test reads the sizes back from this sheet.
    private static readonly string Style = $$"""
        text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: {{F(ChartLayout.SmallText)}}px; fill: #1c2833; }
        .heading { font-size: 22px; font-weight: 600; }
        .subheading { font-size: 13px; fill: #424949; }
        .note { fill: #424949; }
        .lane-name { font-size: {{F(ChartLayout.LaneNameText)}}px; font-weight: 600; }
        .lane-count { fill: #424949; }
        .year { fill: #424949; text-anchor: middle; }
        .grid { stroke: #bfc5ca; stroke-width: 1; }
        .break { fill: #aab7b8; fill-opacity: 0.35; }
        .summit-guide { stroke: #7b8a8b; stroke-width: 1; stroke-dasharray: 2 3; }
        .leader { stroke: #7b8a8b; stroke-width: 1; }
        .summit-label, .mark-label, .lane-name, .lane-count { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        .summit-label { font-weight: 600; }
        .as-of { stroke: #922b21; stroke-width: 1.5; stroke-dasharray: 6 3; }
        .mark:hover { opacity: 0.75; }
        """;

    /// <summary>Returns the SVG document as UTF-8 bytes.</summary>
    public static byte[] Write(ChartLayout layout)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            WriteDocument(xml, layout);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // Drawn bottom to top: lane backgrounds, then the grid and the breaks over them (so both stay visible), then lane
    // names (haloed, to stay legible over the grid), leaders, marks, labels, the as-of line and the legend.
    private static void WriteDocument(XmlWriter xml, ChartLayout layout)
    {
        var legendTop = layout.LanesBottom + 40;
        var legend = LegendItems(layout);
        var height = legendTop + (legend.Max(i => i.Line) * LegendLine) + 16 + (2 * LegendLine);
        var dataset = layout.Dataset;
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", SvgNamespace);
        Attributes(xml, ("width", F(ChartLayout.Width)), ("height", F(height)), ("viewBox", $"0 0 {F(ChartLayout.Width)} {F(height)}"), ("role", "img"));
        xml.WriteElementString("title", SvgNamespace, $"Timeline of the ASEAN–UN Comprehensive Partnership, edition {EditionText.Of(dataset)}");
        xml.WriteElementString("desc", SvgNamespace,
            $"{layout.Marks.Count} dated records in {layout.Lanes.Count} lanes, one per pillar and one for partnership-wide records; summits and the partnership's instruments are labelled, and each mark's tooltip gives its title and date.");
        xml.WriteElementString("style", SvgNamespace, Style);
        WriteGradients(xml, layout);
        Element(xml, "rect", ("width", "100%"), ("height", "100%"), ("fill", "#ffffff"));
        Text(xml, 16, 30, "ASEAN–UN Comprehensive Partnership: timeline", "heading");
        Text(xml, 16, 52,
            $"{layout.Marks.Count} dated records of the report, edition {EditionText.Of(dataset)}, as of {dataset.AsOf}. Each year is as wide as its records need; years without any fold into a shaded break.",
            "subheading");
        Group(xml, "lane-backgrounds");
        foreach (var lane in layout.Lanes)
        {
            WriteLaneBackground(xml, layout, lane);
        }

        xml.WriteEndElement();
        WriteAxis(xml, layout);
        WriteLaneNames(xml, layout);
        WriteLeaders(xml, layout);
        foreach (var lane in layout.Lanes)
        {
            WriteLane(xml, layout, lane);
        }

        WriteLabels(xml, layout);
        WriteAsOf(xml, layout);
        WriteLegend(xml, legend, legendTop);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteGradients(XmlWriter xml, ChartLayout layout)
    {
        xml.WriteStartElement("defs", SvgNamespace);
        foreach (var lane in layout.Lanes)
        {
            xml.WriteStartElement("linearGradient", SvgNamespace);
            Attributes(xml, ("id", GradientId(lane.Key)), ("x1", "0"), ("x2", "1"), ("y1", "0"), ("y2", "0"));
            Element(xml, "stop", ("offset", "0.6"), ("stop-color", lane.Colour), ("stop-opacity", "0.9"));
            Element(xml, "stop", ("offset", "1"), ("stop-color", lane.Colour), ("stop-opacity", "0.05"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLaneBackground(XmlWriter xml, ChartLayout layout, ChartLane lane)
    {
        var index = layout.Lanes.ToList().IndexOf(lane);
        Element(xml, "rect", ("x", "0"), ("y", F(lane.Y)), ("width", F(ChartLayout.Width)), ("height", F(lane.Height)),
            ("fill", index % 2 == 0 ? "#f2f4f4" : "#ffffff"));
        Element(xml, "rect", ("x", "0"), ("y", F(lane.Y)), ("width", "6"), ("height", F(lane.Height)), ("fill", lane.Colour));
    }

    // Each lane's name and what it counts, on its header row.
    private static void WriteLaneNames(XmlWriter xml, ChartLayout layout)
    {
        Group(xml, "lane-names");
        foreach (var lane in layout.Lanes)
        {
            var baseline = lane.Y + 15;
            Text(xml, ChartLayout.PlotLeft, baseline, lane.Name, "lane-name", lane.Colour);
            Text(xml, ChartLayout.PlotLeft + TextMeasure.Width(lane.Name, ChartLayout.LaneNameText, bold: true) + 12, baseline, lane.Counts, "lane-count");
        }

        xml.WriteEndElement();
    }

    private static void WriteAxis(XmlWriter xml, ChartLayout layout)
    {
        var scale = layout.Scale;
        var labelY = layout.LanesBottom + 16;
        var yearLabelWidth = TextMeasure.Width("2000", ChartLayout.SmallText);
        var lastLabelEnd = double.NegativeInfinity;
        Group(xml, "axis");
        var runs = scale.Runs;
        for (var i = 0; i < runs.Count; i++)
        {
            var (first, last) = runs[i];
            for (var year = first; year <= last + 1; year++)
            {
                var x = scale.XOf(new NodaTime.LocalDate(year, 1, 1));
                if (year <= last || i == runs.Count - 1)
                {
                    Element(xml, "line", ("class", "grid"), ("x1", F(x)), ("x2", F(x)), ("y1", F(layout.Top)), ("y2", F(layout.LanesBottom + 4)));
                }

                // A year is named where its name fits after the previous one; narrow empty years stay unnamed.
                var middle = x + (scale.WidthOf(year) / 2);
                if (year <= last && middle - (yearLabelWidth / 2) >= lastLabelEnd + 6)
                {
                    Text(xml, middle, labelY, year.ToString(CultureInfo.InvariantCulture), "year");
                    lastLabelEnd = middle + (yearLabelWidth / 2);
                }
            }

            if (i < runs.Count - 1)
            {
                var gapStart = last + 1;
                var gapEnd = runs[i + 1].First - 1;
                var x = scale.XOf(new NodaTime.LocalDate(gapStart, 1, 1));
                xml.WriteStartElement("rect", SvgNamespace);
                Attributes(xml, ("class", "break"), ("x", F(x)), ("y", F(layout.Top)), ("width", F(YearScale.BreakWidth)), ("height", F(layout.LanesBottom - layout.Top)));
                xml.WriteElementString("title", SvgNamespace, $"No dated records {gapStart}–{gapEnd}: years left out");
                xml.WriteEndElement();
                Text(xml, x + (YearScale.BreakWidth / 2), labelY, "…", "year");
                lastLabelEnd = x + (YearScale.BreakWidth / 2) + 4;
            }
        }

        xml.WriteEndElement();
    }

    // Summits get a guide through every lane; the other labelled marks a leader from their label down to the mark.
    private static void WriteLeaders(XmlWriter xml, ChartLayout layout)
    {
        Group(xml, "leaders");
        foreach (var label in layout.Labels)
        {
            var top = layout.TierY(label.Tier) + 4;
            var bottom = label.IsSummit ? layout.LanesBottom : layout.YOf(label.Mark) - ChartLayout.DotRadius;
            Element(xml, "line", ("class", label.IsSummit ? "summit-guide" : "leader"), ("x1", F(label.Anchor)), ("x2", F(label.Anchor)), ("y1", F(top)), ("y2", F(bottom)));
        }

        xml.WriteEndElement();
    }

    private static void WriteLabels(XmlWriter xml, ChartLayout layout)
    {
        Group(xml, "labels");
        foreach (var label in layout.Labels)
        {
            var entry = label.Mark.Entry;
            xml.WriteStartElement("text", SvgNamespace);
            Attributes(xml, ("class", label.IsSummit ? "summit-label" : "mark-label"), ("x", F(label.X)), ("y", F(layout.TierY(label.Tier))), ("data-id", entry.Record.Id));
            xml.WriteElementString("title", SvgNamespace, $"{entry.Title}\n{RecordFacts.Describe(entry.Date)} · {entry.Kind}");
            xml.WriteString(label.Text);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLane(XmlWriter xml, ChartLayout layout, ChartLane lane)
    {
        var index = layout.Lanes.ToList().IndexOf(lane);
        xml.WriteStartElement("g", SvgNamespace);
        Attributes(xml, ("class", "lane"), ("data-lane", lane.Key));
        foreach (var mark in layout.Marks.Where(m => m.Lane == index))
        {
            WriteMark(xml, layout, lane, mark);
        }

        xml.WriteEndElement();
    }

    private static void WriteMark(XmlWriter xml, ChartLayout layout, ChartLane lane, ChartMark mark)
    {
        var entry = mark.Entry;
        var classes = "mark " + mark.Shape.ToString().ToLowerInvariant() + (mark.IsApproximate ? " approximate" : "") + (mark.IsUncertain ? " uncertain" : "");
        xml.WriteStartElement("g", SvgNamespace);
        Attributes(xml, ("class", classes), ("data-id", entry.Record.Id), ("data-date", entry.Date.ToString()));
        xml.WriteElementString("title", SvgNamespace, $"{entry.Title}\n{RecordFacts.Describe(entry.Date)} · {entry.Kind}");
        var y = layout.YOf(mark);
        var outline = mark.IsApproximate ? "4 2" : mark.IsUncertain ? "1 2" : null;
        if (mark.Shape == MarkShape.Day)
        {
            Element(xml, "circle", ("cx", F(mark.X1)), ("cy", F(y)), ("r", F(ChartLayout.DotRadius)), ("fill", lane.Colour),
                ("stroke", outline is null ? null : "#1c2833"), ("stroke-dasharray", outline));
        }
        else
        {
            var fill = mark.Shape switch
            {
                MarkShape.Ongoing => $"url(#{GradientId(lane.Key)})",
                _ => lane.Colour,
            };
            Element(xml, "rect", ("x", F(mark.X1)), ("y", F(y - (ChartLayout.MarkHeight / 2))), ("width", F(mark.X2 - mark.X1)), ("height", F(ChartLayout.MarkHeight)),
                ("rx", "2"), ("fill", fill), ("fill-opacity", mark.Shape == MarkShape.Partial ? "0.3" : null),
                ("stroke", mark.Shape == MarkShape.Partial || outline is not null ? lane.Colour : null), ("stroke-dasharray", outline));
        }

        xml.WriteEndElement();
    }

    private static void WriteAsOf(XmlWriter xml, ChartLayout layout)
    {
        var x = layout.Scale.XAfter(layout.AsOf);
        Element(xml, "line", ("class", "as-of"), ("x1", F(x)), ("x2", F(x)), ("y1", F(layout.Top)), ("y2", F(layout.LanesBottom + 4)));
    }

    private const double LegendLine = 22;

    /// <summary>One entry of the legend: its sample, its text, and where it goes (placed in lines that fit the width).</summary>
    private sealed record LegendItem(string Sample, string Text, int Line, double X);

    private static List<LegendItem> LegendItems(ChartLayout layout)
    {
        (string Sample, string Text)[] entries =
        [
            ("dot", "a day"),
            ("bar", "a range of days or a period"),
            ("partial", "a month, year or decade: the span it falls in"),
            ("approximate", "approximate (~)"),
            ("ongoing", "ongoing, drawn to the as-of date"),
            ("summit", "ASEAN-UN Summit"),
            ("as-of", $"as of {layout.Dataset.AsOf}"),
        ];
        var items = new List<LegendItem>();
        double x = ChartLayout.PlotLeft;
        var line = 0;
        foreach (var (sample, text) in entries)
        {
            var width = 36 + TextMeasure.Width(text, ChartLayout.SmallText);
            if (x + width > ChartLayout.Width - 16)
            {
                line++;
                x = ChartLayout.PlotLeft;
            }

            items.Add(new LegendItem(sample, text, line, x));
            x += width + 22;
        }

        return items;
    }

    private static void WriteLegend(XmlWriter xml, List<LegendItem> items, double top)
    {
        const string colour = "#566573";
        Group(xml, "legend");
        foreach (var item in items)
        {
            var y = top + (item.Line * LegendLine);
            var x = item.X;
            switch (item.Sample)
            {
                case "dot":
                    Element(xml, "circle", ("cx", F(x + 14)), ("cy", F(y)), ("r", F(ChartLayout.DotRadius)), ("fill", colour));
                    break;
                case "summit" or "as-of":
                    Element(xml, "line", ("class", item.Sample == "summit" ? "summit-guide" : "as-of"), ("x1", F(x + 14)), ("x2", F(x + 14)), ("y1", F(y - 8)), ("y2", F(y + 8)));
                    break;
                default:
                    Element(xml, "rect", ("x", F(x)), ("y", F(y - (ChartLayout.MarkHeight / 2))), ("width", "28"), ("height", F(ChartLayout.MarkHeight)), ("rx", "2"),
                        ("fill", item.Sample == "ongoing" ? $"url(#{GradientId(ChartLane.PartnershipKey)})" : colour),
                        ("fill-opacity", item.Sample is "partial" or "approximate" ? "0.3" : null),
                        ("stroke", item.Sample is "partial" or "approximate" ? colour : null), ("stroke-dasharray", item.Sample == "approximate" ? "4 2" : null));
                    break;
            }

            Text(xml, x + 36, y + 4, item.Text);
        }

        var noteY = top + (items.Max(i => i.Line) * LegendLine) + 30;
        Text(xml, ChartLayout.PlotLeft, noteY,
            "Labelled: the summits, and the instruments signed, adopted or in force between ASEAN and UN parties. Hover any mark for its title and date.",
            "note");
        Text(xml, ChartLayout.PlotLeft, noteY + LegendLine,
            "A record tagged under several pillars counts in each (as pillars counts it) but is drawn once, in the lane of its first action line.",
            "note");
        xml.WriteEndElement();
    }

    private static string GradientId(string laneKey) => $"ongoing-{laneKey}";

    private static void Group(XmlWriter xml, string cssClass)
    {
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("class", cssClass);
    }

    private static void Text(XmlWriter xml, double x, double y, string text, string? cssClass = null, string? fill = null)
    {
        xml.WriteStartElement("text", SvgNamespace);
        Attributes(xml, ("class", cssClass), ("x", F(x)), ("y", F(y)), ("style", fill is null ? null : $"fill: {fill}"));
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, params (string Name, string? Value)[] attributes)
    {
        xml.WriteStartElement(name, SvgNamespace);
        Attributes(xml, attributes);
        xml.WriteEndElement();
    }

    // Attributes with a null value are left out, so optional styling needs no branches at the call sites.
    private static void Attributes(XmlWriter xml, params (string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                xml.WriteAttributeString(name, value);
            }
        }
    }

    private static string F(double value) => System.Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
