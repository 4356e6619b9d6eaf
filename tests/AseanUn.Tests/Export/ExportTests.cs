using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.Dates;
using AseanUn.Export;
using AseanUn.Model;
using AseanUn.Tests.TestData;
using CsvHelper;

namespace AseanUn.Tests.Export;

public sealed class ExportTests
{
    private static readonly string[] Headers =
        ["id", "type", "kind", "title", "date", "period", "status", "place", "pillars", "actionLines", "references", "sources", "note"];

    private static PartnershipDataset Tricky()
    {
        var records = SampleDataset.Records();
        records.Add(new Event
        {
            Id = "tricky", Kind = EventKind.Meeting, Title = "A \"quoted\", piped | title", Date = PartialDate.Year(2016).Approximately(),
            Note = "=1+1\nTwo lines", Sources = SampleDataset.Cite(9),
        });
        return new PartnershipDataset("t", PartialDate.Year(2017), records);
    }

    private static List<Dictionary<string, string>> ReadCsv(string csv)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = CsvReader.FromText(csv, null);
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            foreach (var header in Headers)
            {
                row[header] = reader.GetString(header);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Csv_has_one_row_per_record_in_dataset_order_with_the_documented_columns()
    {
        var dataset = Tricky();
        var csv = DatasetCsv.Export(dataset);

        Assert.StartsWith(string.Join(",", Headers) + "\n", csv);
        Assert.DoesNotContain("\r", csv);
        var rows = ReadCsv(csv);
        Assert.Equal(dataset.Records.Count, rows.Count);
        Assert.Equal(Queries.Ids.Of(dataset.Records), rows.ConvertAll(r => r["id"]));
    }

    [Fact]
    public void Csv_cells_hold_the_record_s_facts()
    {
        var rows = ReadCsv(DatasetCsv.Export(Tricky()));
        var workshop = rows.Find(r => r["id"] == "workshop-2014")!;
        Assert.Equal(
            ["workshop-2014", "event", "workshop", "Workshop on Children", "2014-06-19/2014-06-21", "", "", "Hà Nội, Viet Nam", "SC", "SC.1.2", "unescap clmv", "test-report ¶9", ""],
            Array.ConvertAll(Headers, h => workshop[h]));

        var plan = rows.Find(r => r["id"] == "education-work-plan")!;
        Assert.Equal(("workPlan", "2016~", "2016/2020", "planned", "seameo"), (plan["kind"], plan["date"], plan["period"], plan["status"], plan["references"]));
        Assert.Equal(("actionLine", "SC", ""), (rows.Find(r => r["id"] == "SC.3.2")!["type"], rows.Find(r => r["id"] == "SC.3.2")!["pillars"], rows.Find(r => r["id"] == "SC.3.2")!["references"]));
    }

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_defuses_formulas()
    {
        var tricky = ReadCsv(DatasetCsv.Export(Tricky())).Find(r => r["id"] == "tricky")!;
        Assert.Equal("A \"quoted\", piped | title", tricky["title"]);
        Assert.EndsWith("=1+1\nTwo lines", tricky["note"]);
        Assert.NotEqual('=', tricky["note"][0]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\r=1")]
    public void Csv_cells_that_start_like_a_formula_get_a_leading_quote_numbers_and_dates_included(string title)
    {
        var cells = ReadCsv(DatasetCsv.Export(WithTitle(title))).Find(r => r["id"] == "hostile")!;
        Assert.Equal("'" + title, cells["title"]);
        Assert.Equal("2016-06", cells["date"]);
    }

    [Fact]
    public void Markdown_cells_show_html_and_markdown_as_text()
    {
        var row = Array.Find(DatasetMarkdown.Export(WithTitle("<img src=x onerror=alert(1)> & [link](javascript:x) `code` *b* _i_")).Split('\n'), line => line.StartsWith("| hostile ", StringComparison.Ordinal))!;
        Assert.Contains("| &lt;img src=x onerror=alert(1)&gt; &amp; \\[link\\](javascript:x) \\`code\\` \\*b\\* \\_i\\_ |", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<", row, StringComparison.Ordinal);
    }

    private static PartnershipDataset WithTitle(string title)
    {
        var records = SampleDataset.Records();
        records.Add(new Event { Id = "hostile", Kind = EventKind.Meeting, Title = title, Date = PartialDate.Month(2016, 6), Sources = SampleDataset.Cite(9) });
        return new PartnershipDataset("t", PartialDate.Year(2017), records);
    }

    [Fact]
    public void Csv_can_export_a_query_result()
    {
        var dataset = SampleDataset.Create();
        using var writer = new StringWriter();
        DatasetCsv.Export(dataset, dataset.EventsAt("New York"), writer);
        Assert.Equal(["summit-2", "s2s-2016"], ReadCsv(writer.ToString()).ConvertAll(r => r["id"]));
    }

    [Fact]
    public void Markdown_is_a_table_with_one_line_per_record_and_escaped_cells()
    {
        var dataset = Tricky();
        var lines = DatasetMarkdown.Export(dataset).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(dataset.Records.Count + 2, lines.Length);
        Assert.Equal("| " + string.Join(" | ", Headers) + " |", lines[0]);
        Assert.Equal("|" + string.Concat(Array.ConvertAll(Headers, _ => " --- |")), lines[1]);
        Assert.Equal(
            "| tricky | event | meeting | A \"quoted\", piped \\| title | 2016~ |  |  |  |  |  |  | test-report ¶9 | =1+1 Two lines |",
            Array.Find(lines, line => line.StartsWith("| tricky ", StringComparison.Ordinal)));
        Assert.All(lines, line => Assert.Equal(Headers.Length + 1, line.Replace("\\|", "", StringComparison.Ordinal).Split('|').Length - 1));
    }

    [Fact]
    public void Markdown_can_export_a_query_result()
    {
        var dataset = SampleDataset.Create();
        using var writer = new StringWriter();
        DatasetMarkdown.Export(dataset, dataset.RecordsUnderActionLine(ActionLineCodes.Education), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("| education-work-plan | instrument | workPlan |", lines[2]);
    }
}
