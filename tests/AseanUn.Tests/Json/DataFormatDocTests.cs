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
