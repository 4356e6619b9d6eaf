using System;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Report;
using AseanUn.Json;

namespace AseanUn.Explorer.Tests;

public sealed class ReportCommandTests
{
    private const string LaterReport = "tests/AseanUn.Explorer.Tests/Files/later-report.json";

    [Fact]
    public void Writes_one_page_under_a_megabyte_whose_data_is_the_json_export()
    {
        var (run, page) = WriteReport();
        Assert.Matches(@"^Wrote the report on \d+ records \(\d+ KiB\) to .+\.html\.\n$", run.Error);
        Assert.InRange(page.Length, 1, 1024 * 1024 - 1);
        Assert.Equal(DatasetJson.Export(Partnership.Current), Embedded(page, "dataset"));
    }

    [Fact]
    public void Quotes_the_cited_paragraphs_with_their_numbers()
    {
        var (_, page) = WriteReport();
        using var quoted = JsonDocument.Parse(Embedded(page, "paragraphs"));
        var document = quoted.RootElement.GetProperty("overview-2017");
        var source = SourceParagraphs.Parse(SourceParagraphs.Read("overview-2017")!);
        Assert.Equal(41, source.Count);
        foreach (var paragraph in new[] { 1, 13, 41 })
        {
            Assert.Equal(source[paragraph], document.GetProperty(paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetString());
        }
    }

    [Fact]
    public void Merge_writes_the_page_for_the_built_in_dataset_and_the_file()
    {
        var (_, page) = WriteReport(LaterReport, "--merge");
        var merged = DatasetJson.Merge(Partnership.Current, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, LaterReport)), LaterReport);
        Assert.Equal(DatasetJson.Export(merged), Embedded(page, "dataset"));
    }

    [Fact]
    public void Merge_is_the_same_as_naming_the_file_last_with_layer()
    {
        var (_, merged) = WriteReport(LaterReport, "--merge");
        var (_, layered) = WriteReport("--layer", LaterReport);
        Assert.Equal(merged, layered);
    }

    [Fact]
    public void A_stack_writes_the_page_for_the_stack()
    {
        var (_, page) = WriteReport("--with-layers", "--layer", LaterReport);
        var stack = DatasetJson.Merge(Partnership.WithLayers, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, LaterReport)), LaterReport);
        Assert.Equal(DatasetJson.Export(stack), Embedded(page, "dataset"));
    }

    [Fact]
    public void A_file_that_does_not_merge_fails_with_one_line_and_writes_nothing()
    {
        const string file = "tests/AseanUn.Explorer.Tests/Files/dangling-reference.json";
        var path = TempPage();
        var message = ExplorerRun.Of("report", file, "--merge", "--out", path).AssertFailed(ExitCodes.NotFoundOrInvalid);
        var first = DatasetJson.TryMerge(Partnership.Current, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, file)), file).Problems[0];
        Assert.Equal($"{ExplorerApp.Name}: {first} (and 1 more: 'validate {file} --merge' lists them all)", message);
        Assert.Matches(@"^aseanun: tests/AseanUn\.Explorer\.Tests/Files/dangling-reference\.json\(\d+,\d+\): \$\.records\.", message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_file_alone_gives_the_page_for_that_file()
    {
        var later = File.ReadAllText(Path.Combine(RepositoryRoot.Path, LaterReport));
        var alone = Path.Combine(Path.GetTempPath(), $"aseanun-alone-{Guid.NewGuid():N}.json");
        File.WriteAllText(alone, DatasetJson.Export(DatasetJson.Merge(Partnership.Current, later)));
        try
        {
            var (_, page) = WriteReport(alone);
            Assert.Contains("\"edition\": \"2018-example\"", Embedded(page, "dataset"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(alone);
        }
    }

    [Fact]
    public void Merge_without_a_file_is_a_usage_error()
    {
        var message = ExplorerRun.Of("report", "--merge", "--out", TempPage()).AssertFailed(ExitCodes.Usage);
        Assert.Contains("--merge needs the JSON file", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_out_it_is_a_usage_error()
    {
        var message = ExplorerRun.Of("report").AssertFailed(ExitCodes.Usage);
        Assert.Contains("--out", message, StringComparison.Ordinal);
    }

    private static (ExplorerRun Run, string Page) WriteReport(params string[] more)
    {
        var path = TempPage();
        try
        {
            var run = ExplorerRun.Of(["report", "--out", path, .. more]);
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            return (run, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string TempPage() => Path.Combine(Path.GetTempPath(), $"aseanun-report-{Guid.NewGuid():N}.html");

    // The text of <script type="application/json" id="…">, with the '<' the page escapes inside strings put back.
    private static string Embedded(string page, string id)
    {
        var match = Regex.Match(page, $"<script type=\"application/json\" id=\"{id}\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no embedded '{id}'.");
        return match.Groups[1].Value.Replace("\\u003c", "<", StringComparison.Ordinal);
    }
}
