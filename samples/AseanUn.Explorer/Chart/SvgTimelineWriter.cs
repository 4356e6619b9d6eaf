using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
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
    private const double SummitLabelTop = 86;

    private const string Style = """
        text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; fill: #1c2833; }
        .heading { font-size: 20px; font-weight: 600; }
        .subheading, .note { font-size: 12px; fill: #566573; }
        .lane-name { font-size: 13px; font-weight: 600; }
        .lane-count, .year, .legend text, .summit-label, .as-of text { font-size: 11px; }
        .year { fill: #566573; text-anchor: middle; }
        .grid { stroke: #d5d8dc; stroke-width: 1; }
        .summit-guide { stroke: #909497; stroke-width: 1; stroke-dasharray: 2 3; }
        .summit-label { text-anchor: middle; font-weight: 600; }
        .as-of line { stroke: #922b21; stroke-width: 1.5; stroke-dasharray: 6 3; }
        .as-of text { fill: #922b21; }
        .break { fill: #f2f3f4; }
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

    private static void WriteDocument(XmlWriter xml, ChartLayout layout)
    {
        var height = layout.LanesBottom + 110;
        var dataset = layout.Dataset;
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", SvgNamespace);
        Attributes(xml, ("width", F(ChartLayout.Width)), ("height", F(height)), ("viewBox", $"0 0 {F(ChartLayout.Width)} {F(height)}"), ("role", "img"));
        xml.WriteElementString("title", SvgNamespace, $"Timeline of the ASEAN–UN Comprehensive Partnership, edition {dataset.Edition}");
        xml.WriteElementString("desc", SvgNamespace,
            $"{layout.Marks.Count} dated records in {layout.Lanes.Count} lanes, one per pillar and one for partnership-wide records; each mark's tooltip gives its title and date.");
        xml.WriteElementString("style", SvgNamespace, Style);
        WriteGradients(xml, layout);
        Element(xml, "rect", ("width", "100%"), ("height", "100%"), ("fill", "#ffffff"));
        Text(xml, 24, 36, "ASEAN–UN Comprehensive Partnership: timeline", "heading");
        Text(xml, 24, 58,
            $"{layout.Marks.Count} dated records of the report, edition {dataset.Edition}, as of {dataset.AsOf}. Hover a mark for its title and date.",
            "subheading");
        WriteAxis(xml, layout);
        foreach (var lane in layout.Lanes)
        {
            WriteLane(xml, layout, lane);
        }

        WriteSummits(xml, layout);
        WriteAsOf(xml, layout);
        WriteLegend(xml, layout.LanesBottom + 46);
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

    private static void WriteAxis(XmlWriter xml, ChartLayout layout)
    {
        var scale = layout.Scale;
        var every = scale.YearWidth >= 34 ? 1 : scale.YearWidth >= 17 ? 2 : 5;
        Group(xml, "axis");
        var runs = scale.Runs.ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var (first, last) = runs[i];
            for (var year = first; year <= last + 1; year++)
            {
                var x = scale.XOf(new NodaTime.LocalDate(year, 1, 1));
                if (year <= last || i == runs.Count - 1)
                {
                    Element(xml, "line", ("class", "grid"), ("x1", F(x)), ("x2", F(x)), ("y1", F(ChartLayout.Top)), ("y2", F(layout.LanesBottom)));
                }

                if (year <= last && year % every == 0)
                {
                    Text(xml, x + (scale.YearWidth / 2), layout.LanesBottom + 16, year.ToString(CultureInfo.InvariantCulture), "year");
                }
            }

            if (i < runs.Count - 1)
            {
                var gapStart = last + 1;
                var gapEnd = runs[i + 1].First - 1;
                var x = scale.XOf(new NodaTime.LocalDate(gapStart, 1, 1));
                xml.WriteStartElement("rect", SvgNamespace);
                Attributes(xml, ("class", "break"), ("x", F(x)), ("y", F(ChartLayout.Top)), ("width", F(YearScale.BreakWidth)), ("height", F(layout.LanesBottom - ChartLayout.Top)));
                xml.WriteElementString("title", SvgNamespace, $"No dated records {gapStart}–{gapEnd}: years left out");
                xml.WriteEndElement();
                Text(xml, x + (YearScale.BreakWidth / 2), layout.LanesBottom + 16, "…", "year");
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteLane(XmlWriter xml, ChartLayout layout, ChartLane lane)
    {
        var index = layout.Lanes.ToList().IndexOf(lane);
        var marks = layout.Marks.Where(m => m.Lane == index).ToList();
        var height = (lane.Rows * ChartLayout.RowHeight) + (2 * ChartLayout.LanePadding);
        xml.WriteStartElement("g", SvgNamespace);
        Attributes(xml, ("class", "lane"), ("data-lane", lane.Key));
        Element(xml, "rect", ("x", "0"), ("y", F(lane.Y)), ("width", F(ChartLayout.Width)), ("height", F(height)),
            ("fill", index % 2 == 0 ? "#f8f9f9" : "#ffffff"));
        Element(xml, "rect", ("x", "0"), ("y", F(lane.Y)), ("width", "6"), ("height", F(height)), ("fill", lane.Colour));
        var middle = lane.Y + (height / 2);
        Text(xml, 16, middle - 2, lane.Name, "lane-name", lane.Colour);
        var code = lane.Key == ChartLane.PartnershipKey ? "no action line" : lane.Key;
        Text(xml, 16, middle + 13, $"{code} · {marks.Count} {(marks.Count == 1 ? "record" : "records")}", "lane-count");
        foreach (var mark in marks)
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

    private static void WriteSummits(XmlWriter xml, ChartLayout layout)
    {
        Group(xml, "summits");
        var summits = layout.Marks.Where(m => m.Entry.Record is Event { Kind: EventKind.Summit }).ToList();
        for (var i = 0; i < summits.Count; i++)
        {
            var summit = summits[i];
            var labelY = SummitLabelTop + (i % 2 * 14);
            var x = (summit.X1 + summit.X2) / 2;
            Element(xml, "line", ("class", "summit-guide"), ("x1", F(x)), ("x2", F(x)), ("y1", F(labelY + 4)), ("y2", F(layout.LanesBottom)));
            var ordinal = ((Event)summit.Entry.Record).Ordinal;
            xml.WriteStartElement("text", SvgNamespace);
            Attributes(xml, ("class", "summit-label"), ("x", F(x)), ("y", F(labelY)));
            xml.WriteElementString("title", SvgNamespace, $"{summit.Entry.Title}\n{summit.Entry.Date}");
            xml.WriteString(ordinal is { } n ? $"Summit {n}" : summit.Entry.Title);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteAsOf(XmlWriter xml, ChartLayout layout)
    {
        var x = layout.Scale.XAfter(layout.AsOf);
        Group(xml, "as-of");
        Element(xml, "line", ("x1", F(x)), ("x2", F(x)), ("y1", F(ChartLayout.Top - 6)), ("y2", F(layout.LanesBottom)));
        Text(xml, x + 4, ChartLayout.Top - 8, $"as of {layout.Dataset.AsOf}");
        xml.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter xml, double y)
    {
        const string colour = "#566573";
        Group(xml, "legend");
        var x = 24.0;
        Element(xml, "circle", ("cx", F(x + 5)), ("cy", F(y)), ("r", F(ChartLayout.DotRadius)), ("fill", colour));
        x = LegendText(xml, x + 16, y, "a day");
        x = LegendBar(xml, x, y, colour, null, null, "a range of days or a period");
        x = LegendBar(xml, x, y, colour, "0.3", null, "a month, year or decade: the span it falls in");
        x = LegendBar(xml, x, y, colour, "0.3", "4 2", "approximate (~)");
        x = LegendBar(xml, x, y, $"url(#{GradientId(ChartLane.PartnershipKey)})", null, null, "ongoing, drawn to the as-of date");
        Element(xml, "line", ("class", "summit-guide"), ("x1", F(x + 4)), ("x2", F(x + 4)), ("y1", F(y - 8)), ("y2", F(y + 8)));
        LegendText(xml, x + 12, y, "ASEAN-UN Summit");
        Text(xml, 24, y + 28,
            "One lane per pillar; a record tagged under several pillars sits in the lane of its first action line. Records with no action line are partnership-wide.",
            "note");
        xml.WriteEndElement();
    }

    private static double LegendBar(XmlWriter xml, double x, double y, string fill, string? opacity, string? dash, string text)
    {
        Element(xml, "rect", ("x", F(x)), ("y", F(y - (ChartLayout.MarkHeight / 2))), ("width", "28"), ("height", F(ChartLayout.MarkHeight)), ("rx", "2"),
            ("fill", fill), ("fill-opacity", opacity), ("stroke", opacity is null && dash is null ? null : "#566573"), ("stroke-dasharray", dash));
        return LegendText(xml, x + 36, y, text);
    }

    // Returns where the next legend item starts: text width estimated from its length, as SVG cannot measure text.
    private static double LegendText(XmlWriter xml, double x, double y, string text)
    {
        Text(xml, x, y + 4, text);
        return x + (text.Length * 6.2) + 22;
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
