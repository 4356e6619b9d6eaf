using System;
using System.IO;
using System.Text.RegularExpressions;
using AseanUn.Dates;
using AseanUn.Export;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>docs/data-format.md stays true to the code: its example imports, its tables name what the code has.</summary>
public sealed partial class DataFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "data-format.md"));

    [Fact]
    public void The_complete_example_imports_and_is_in_canonical_form()
    {
        var example = JsonBlock().Match(Doc).Groups[1].Value;
        var dataset = DatasetJson.Import(example, "data-format.md");

        Assert.All(RecordTypes.All, type => Assert.Contains(dataset.Records, r => r.GetType() == type.Type));
        Assert.Equal(example, DatasetJson.Export(dataset));
    }

    [Fact]
    public void Every_example_in_the_dates_table_is_a_date_PartialDate_reads_except_the_one_it_rejects()
    {
        var table = Doc[Doc.IndexOf("| Feature | Example |", StringComparison.Ordinal)..Doc.IndexOf("Rules and limits:", StringComparison.Ordinal)];
        var examples = 0;
        foreach (var row in table.Split('\n')[2..])
        {
            var cells = row.Split('|');
            if (cells.Length < 3)
            {
                continue;
            }

            foreach (Match code in Regex.Matches(cells[2], "`([^`]+)`"))
            {
                var text = code.Groups[1].Value;
                if (!text.Contains('…', StringComparison.Ordinal))
                {
                    Assert.True(PartialDate.TryParse(text, out _, out var error), error);
                    examples++;
                }
            }
        }

        Assert.True(examples >= 18, $"Only {examples} examples found in the dates table.");
        Assert.Contains("`Y170000002` is rejected", table, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse("Y170000002", out _));
    }

    [Fact]
    public void Every_csv_column_is_documented_in_order()
    {
        var header = DatasetCsv.Export(Partnership.Current).Split('\n')[0].Split(',');
        var position = Doc.IndexOf("| Column | Content |", StringComparison.Ordinal);
        foreach (var column in header)
        {
            var next = Doc.IndexOf($"| `{column}` |", position, StringComparison.Ordinal);
            Assert.True(next > position, $"Column '{column}' is not documented (in order).");
            position = next;
        }
    }

    [Fact]
    public void Every_problem_kind_is_documented()
    {
        foreach (var kind in Enum.GetNames<DatasetProblemKind>())
        {
            Assert.Contains($"`{kind}`", Doc);
        }
    }

    [Theory]
    [InlineData("2011-11-19")]
    [InlineData("2011-03")]
    [InlineData("197X")]
    [InlineData("2014-06-19/2014-06-21")]
    [InlineData("2012/..")]
    [InlineData("../2015-07")]
    [InlineData("2016~/2020~")]
    [InlineData("2016-09~")]
    [InlineData("197X~")]
    [InlineData("2016%")]
    public void Every_documented_date_form_parses_and_formats_back(string text)
    {
        Assert.Contains($"`{text}`", Doc);
        Assert.Equal(text, PartialDate.Parse(text).ToString());
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
