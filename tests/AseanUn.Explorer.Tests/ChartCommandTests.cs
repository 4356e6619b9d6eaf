using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AseanUn.Dates;
using AseanUn.Explorer.Chart;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

public sealed class ChartCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly PartnershipDataset Dataset = Partnership.Current;

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
                // The faded bar covers the span the date may fall in: a year is about twelve times as wide as a month.
                var width = double.Parse((string)shape.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
                var yearWidth = ExpectedYearWidth(date.Precision);
                Assert.InRange(width, Math.Max(3, yearWidth * 0.9), Math.Max(3, yearWidth * 1.1));
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
        Assert.True(RepositoryFiles.Read("docs", "timeline.svg") == ExplorerRun.Of("chart").Output,
            "docs/timeline.svg is out of date: run 'dotnet run --project samples/AseanUn.Explorer -- chart --out docs/timeline.svg'.");
    }

    // Decades, years and months on the chart's scale, as drawn by the first year-precision mark (a year's width).
    private static double ExpectedYearWidth(DatePrecision precision)
    {
        var year = Marks(Chart()).Select(m => (Date: PartialDate.Parse((string)m.Attribute("data-date")!), Mark: m))
            .First(m => !m.Date.IsInterval && m.Date.Precision == DatePrecision.Year).Mark;
        var yearWidth = double.Parse((string)year.Elements().Last().Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        return precision switch
        {
            DatePrecision.Month => yearWidth / 12,
            DatePrecision.Decade => yearWidth * 10,
            _ => yearWidth,
        };
    }

    private static XElement Chart()
    {
        var svg = XDocument.Parse(ExplorerRun.Of("chart").AssertOk().Output).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static System.Collections.Generic.List<XElement> Marks(XElement svg) =>
        [.. svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ')[0] == "mark")];
}
