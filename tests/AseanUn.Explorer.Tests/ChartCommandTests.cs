using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Explorer.Chart;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

public sealed class ChartCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly PartnershipDataset Dataset = Partnership.Current;
    private static readonly ChartLayout Layout = new(Dataset);

    // The width of the README's column on a repository page, into which the chart is scaled down.
    private const double ReadmeWidth = 880;

    [Fact]
    public void Draws_exactly_one_mark_per_dated_record()
    {
        var marks = Marks(Chart());
        Assert.Equal(Dataset.Timeline.Count, marks.Count);
        Assert.Equal(Dataset.Timeline.Select(e => e.Record.Id).Order(StringComparer.Ordinal), marks.Select(m => (string)m.Attribute("data-id")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Draws_one_lane_per_pillar_and_one_for_partnership_wide_records()
    {
        var lanes = Chart().Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane").Select(g => (string)g.Attribute("data-lane")!);
        Assert.Equal([ChartLane.PartnershipKey, .. Dataset.Pillars.Select(p => p.Code)], lanes);
    }

    [Fact]
    public void Puts_each_mark_in_the_lane_of_its_first_action_line()
    {
        foreach (var mark in Marks(Chart()))
        {
            var record = Dataset.GetRecord((string)mark.Attribute("data-id")!);
            var lines = record.ActionLineTags;
            var expected = lines.IsEmpty ? ChartLane.PartnershipKey : Dataset.GetActionLine(lines[0]).PillarCode;
            Assert.Equal(expected, (string)mark.Parent!.Attribute("data-lane")!);
        }
    }

    [Fact]
    public void Gives_every_mark_its_title_and_date_as_tooltip()
    {
        foreach (var mark in Marks(Chart()))
        {
            var entry = Dataset.Timeline.Single(e => e.Record.Id == (string)mark.Attribute("data-id")!);
            var tooltip = mark.Element(Svg + "title")!.Value.Split('\n');
            Assert.Equal(entry.Title, tooltip[0]);
            Assert.StartsWith(entry.Date.ToString(), tooltip[1], StringComparison.Ordinal);
            Assert.Equal(entry.Date.ToString(), (string)mark.Attribute("data-date")!);
        }
    }

    [Fact]
    public void Draws_days_as_dots_ranges_as_bars_and_partial_or_approximate_dates_as_such()
    {
        foreach (var mark in Marks(Chart()))
        {
            var date = PartialDate.Parse((string)mark.Attribute("data-date")!);
            var classes = ((string)mark.Attribute("class")!).Split(' ');
            var shape = mark.Elements().Single(e => e.Name != Svg + "title");
            if (date.HasOpenEnd)
            {
                Assert.Contains("ongoing", classes);
                Assert.StartsWith("url(#ongoing-", (string)shape.Attribute("fill")!, StringComparison.Ordinal);
            }
            else if (date.IsInterval)
            {
                Assert.Contains("range", classes);
                Assert.Equal(Svg + "rect", shape.Name);
            }
            else if (date.Precision == DatePrecision.Day)
            {
                Assert.Contains("day", classes);
                Assert.Equal(Svg + "circle", shape.Name);
            }
            else
            {
                Assert.Contains("partial", classes);
                Assert.Equal("0.3", (string)shape.Attribute("fill-opacity")!);
                // The faded bar covers the span the date may fall in, on the chart's scale.
                var width = Number(shape, "width");
                var span = Layout.Scale.XAfter(date.End) - Layout.Scale.XOf(date.Start);
                Assert.InRange(width, Math.Max(3, span) - 0.11, Math.Max(3, span) + 0.11);
            }

            Assert.Equal(date.Qualifier.HasFlag(DateQualifier.Approximate) || date.EndQualifier.HasFlag(DateQualifier.Approximate), classes.Contains("approximate"));
            Assert.Equal(classes.Contains("approximate"), (string?)shape.Attribute("stroke-dasharray") == "4 2");
        }

        Assert.Contains(Marks(Chart()), m => ((string)m.Attribute("class")!).Contains("approximate", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_every_summit_and_has_a_legend_and_a_year_axis()
    {
        var svg = Chart();
        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "summit-label").ToList();
        var summits = Dataset.EventsOfKind(EventKind.Summit).OrderBy(e => e.Date).ToList();
        Assert.Equal(summits.Select(s => $"Summit {s.Ordinal}"), labels.Select(l => l.Nodes().OfType<XText>().Single().Value));
        var years = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "year").Select(t => t.Value).ToList();
        Assert.Contains("2000", years);
        Assert.Contains(Dataset.AsOf.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), years);
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Value;
        Assert.Contains("approximate (~)", legend, StringComparison.Ordinal);
        Assert.Contains("ASEAN-UN Summit", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_same_bytes_every_time()
    {
        Assert.Equal(ExplorerRun.Of("chart").AssertOk().Output, ExplorerRun.Of("chart").AssertOk().Output);
    }

    [Fact]
    public void Out_writes_the_file_and_reports_on_standard_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-chart-{Guid.NewGuid():N}.svg");
        try
        {
            var run = ExplorerRun.Of("chart", "--out", path);
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal($"Wrote {Dataset.Timeline.Count} marks in {Dataset.Pillars.Count + 1} lanes to {path}.\n", run.Error);
            Assert.Equal(ExplorerRun.Of("chart").Output, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_written_fails_with_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "chart.svg");
        var message = ExplorerRun.Of("chart", "--out", path).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.StartsWith($"aseanun: Cannot write {path}: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_in_the_docs_is_the_one_the_explorer_draws_today()
    {
        Assert.True(RepositoryRoot.ReadAllText("docs", "timeline.svg") == ExplorerRun.Of("chart").Output,
            "docs/timeline.svg is out of date: run 'dotnet run --project samples/AseanUn.Explorer -- chart --out docs/timeline.svg'.");
    }

    [Fact]
    public void Every_text_is_at_least_10_pixels_high_in_the_readme_column()
    {
        var svg = Chart();
        var scale = ReadmeWidth / double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var size = FontSize(svg, text) * scale;
            Assert.True(size >= 10, $"'{text.Value}' ({Class(text)}) is {size:0.0} px high at {ReadmeWidth} px wide.");
        }
    }

    [Fact]
    public void The_grid_and_the_break_are_drawn_over_the_lane_backgrounds_and_nothing_opaque_covers_them()
    {
        var svg = Chart();
        var all = svg.Descendants().ToList();
        var axis = all.Single(e => Class(e) == "axis");
        var backgrounds = all.Single(e => Class(e) == "lane-backgrounds");
        Assert.True(all.IndexOf(backgrounds) < all.IndexOf(axis), "The lane backgrounds must be drawn before the grid.");
        Assert.Contains(axis.Elements(Svg + "line"), l => Class(l) == "grid");
        var breaks = axis.Elements(Svg + "rect").Where(r => Class(r) == "break").ToList();
        Assert.NotEmpty(breaks);
        Assert.InRange(StyleNumber(svg, ".break", "fill-opacity"), 0.1, 0.9);

        // After the grid, the only filled shapes are marks (small, where the records are) and the legend's samples.
        foreach (var shape in all.Skip(all.IndexOf(axis)).Where(e => e.Name == Svg + "rect" || e.Name == Svg + "circle"))
        {
            if (shape.Ancestors().Any(a => a == axis))
            {
                continue;
            }

            Assert.True(shape.Ancestors().Any(a => Class(a)?.Split(' ')[0] is "mark" or "legend"), $"{shape} is drawn over the grid.");
        }
    }

    [Fact]
    public void Labels_the_summits_the_partnerships_signed_and_adopted_instruments_and_the_plan_of_action()
    {
        var labelled = Chart().Descendants(Svg + "text").Where(t => Class(t) is "summit-label" or "mark-label").Select(t => (string)t.Attribute("data-id")!).ToList();
        Assert.Equal(labelled.Count, labelled.Distinct().Count());
        Assert.All(Dataset.EventsOfKind(EventKind.Summit), s => Assert.Contains(s.Id, labelled));
        var onChart = Dataset.Instruments.Where(i => Queries.TimelineEntry.DateOf(i) is not null).ToList();
        var partnership = onChart.Where(i => i.PartyIds.Contains("asean") && i.PartyIds.Contains("un")).ToList();
        Assert.All(partnership.Where(i => i.Status is InstrumentStatus.Signed or InstrumentStatus.Adopted), i => Assert.Contains(i.Id, labelled));
        Assert.Contains(partnership, i => i.Kind == InstrumentKind.PlanOfAction && labelled.Contains(i.Id));
        Assert.All(Dataset.InstrumentsOfKind(InstrumentKind.GeneralAssemblyResolution), r => Assert.DoesNotContain(r.Id, labelled));
        Assert.All(onChart.Where(i => i.Status == InstrumentStatus.Signed), i => Assert.Contains(i.Id, labelled));
    }

    [Fact]
    public void No_two_texts_overlap()
    {
        var svg = Chart();
        var boxes = svg.Descendants(Svg + "text").Select(t => (Text: t, Box: BoxOf(svg, t))).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i].Box, boxes[j].Box);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"'{boxes[i].Text.Value}' and '{boxes[j].Text.Value}' overlap.");
            }
        }
    }

    [Fact]
    public void Lane_counts_agree_with_pillars_and_say_what_they_count()
    {
        var svg = Chart();
        foreach (var lane in svg.Descendants(Svg + "g").Where(g => Class(g) == "lane"))
        {
            var key = (string)lane.Attribute("data-lane")!;
            var drawn = lane.Elements(Svg + "g").Count();
            var count = svg.Descendants(Svg + "text").Where(t => Class(t) == "lane-count").Single(t => t.Value.StartsWith(key == ChartLane.PartnershipKey ? $"{drawn} dated" : $"{key} · ", StringComparison.Ordinal)).Value;
            if (key == ChartLane.PartnershipKey)
            {
                Assert.Equal(Dataset.Timeline.Count(e => RecordTextLines(e.Record).IsEmpty), drawn);
                continue;
            }

            var tagged = Dataset.RecordsUnderPillar(key);
            var dated = tagged.Count(r => Queries.TimelineEntry.DateOf(r) is not null);
            Assert.Equal($"{key} · {tagged.Count} records tagged (as pillars counts), {dated} dated: {drawn} here, {dated - drawn} in another pillar's lane", count);
        }
    }

    [Fact]
    public void The_time_axis_gives_its_width_to_the_years_with_records()
    {
        var starts = Dataset.Timeline.CountBy(e => (e.Date.HasOpenStart ? e.Date.End : e.Date.Start).Year).ToDictionary();
        var shown = Layout.Scale.Runs.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).ToList();
        foreach (var busier in shown)
        {
            foreach (var quieter in shown.Where(y => starts.GetValueOrDefault(y) < starts.GetValueOrDefault(busier)))
            {
                Assert.True(Layout.Scale.WidthOf(busier) > Layout.Scale.WidthOf(quieter), $"{busier} holds more records than {quieter} but is not wider.");
            }
        }

        // Where most records begin gets most of the width: 2010-2017 hold four records in five, and over half the plot.
        var busy = Enumerable.Range(2010, 8).Sum(Layout.Scale.WidthOf);
        Assert.True(busy > (ChartLayout.PlotRight - ChartLayout.PlotLeft) / 2, $"2010-2017 get only {busy:0} px.");
    }

    private static EquatableArray<string> RecordTextLines(PartnershipRecord record) => Records.RecordText.ActionLinesOf(record);

    // The text's box from its position, anchor and an average advance of 0.6 em (0.66 em bold), a little generous for
    // the sans-serif faces a repository page uses.
    private static (double Left, double Right, double Top, double Bottom) BoxOf(XElement svg, XElement text)
    {
        var size = FontSize(svg, text);
        var bold = Class(text) is { } c && StyleRule(svg, "." + c)?.Contains("font-weight: 600", StringComparison.Ordinal) == true;
        var width = text.Nodes().OfType<XText>().Sum(t => t.Value.Length) * size * (bold ? 0.66 : 0.6);
        var x = Number(text, "x");
        var y = Number(text, "y");
        var anchor = Class(text) == "year" ? "middle" : "start";
        var left = anchor == "middle" ? x - (width / 2) : x;
        return (left, left + width, y - (size * 0.8), y + (size * 0.2));
    }

    private static double FontSize(XElement svg, XElement text) =>
        (Class(text) is { } c && StyleRule(svg, "." + c) is { } rule && Regex.Match(rule, @"font-size: (\d+(?:\.\d+)?)px") is { Success: true } m)
            ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : StyleNumber(svg, "text", "font-size");

    private static double StyleNumber(XElement svg, string selector, string property) =>
        double.Parse(Regex.Match(StyleRule(svg, selector) ?? "", $@"{property}: (\d+(?:\.\d+)?)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    // The declarations of the rule whose selector list names exactly this selector.
    private static string? StyleRule(XElement svg, string selector) =>
        svg.Element(Svg + "style")!.Value.Split('\n')
            .Select(line => line.Split('{'))
            .Where(parts => parts.Length == 2 && parts[0].Split(',').Any(s => s.Trim() == selector))
            .Select(parts => parts[1])
            .FirstOrDefault();

    private static string? Class(XElement element) => (string?)element.Attribute("class");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    private static XElement Chart()
    {
        var svg = XDocument.Parse(ExplorerRun.Of("chart").AssertOk().Output).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static System.Collections.Generic.List<XElement> Marks(XElement svg) =>
        [.. svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ')[0] == "mark")];
}
