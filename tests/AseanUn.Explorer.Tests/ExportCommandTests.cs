using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Export;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

public sealed class ExportCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    // A summit has a kind, a date and a place: enough to recognise its row in a table.
    private static readonly Event Summit = Dataset.EventsOfKind(EventKind.Summit).Last(e => e.PlaceId is not null);

    [Fact]
    public void Json_is_the_library_export_and_imports_back_to_the_same_records()
    {
        var output = ExplorerRun.Of("export", "--format", "json").AssertOk().Output;
        Assert.Equal(DatasetJson.Export(Dataset), output);
        var imported = DatasetJson.Import(output);
        Assert.Equal(Dataset.Records.Select(r => r.Id), imported.Records.Select(r => r.Id));
        using var document = JsonDocument.Parse(output);
        var summit = document.RootElement.GetProperty("records").GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == Summit.Id);
        Assert.Equal(Summit.Title, summit.GetProperty("title").GetString());
        Assert.Equal(Summit.Date.ToString(), summit.GetProperty("date").GetString());
    }

    [Fact]
    public void Csv_is_the_library_export_with_a_header_and_a_row_per_record()
    {
        var run = ExplorerRun.Of("export", "--format", "csv").AssertOk();
        Assert.Equal(DatasetCsv.Export(Dataset), run.Output);
        Assert.Equal("id,type,kind,title,date,period,status,place,pillars,actionLines,references,sources,note", run.Lines[0]);
        Assert.Contains(run.Lines, l => l.StartsWith($"{Summit.Id},event,summit,{Summit.Title},{Summit.Date},,,\"{PlaceOf(Summit)}\",", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_the_library_export_as_a_table_with_a_row_per_record()
    {
        var run = ExplorerRun.Of("export", "--format", "markdown").AssertOk();
        Assert.Equal(DatasetMarkdown.Export(Dataset), run.Output);
        Assert.Equal("| id | type | kind | title | date | period | status | place | pillars | actionLines | references | sources | note |", run.Lines[0]);
        Assert.Matches(@"^(\| --- )+\|$", run.Lines[1]);
        Assert.Equal(Dataset.Records.Count + 2, run.Lines.Length);
        Assert.Contains(run.Lines, l => l.StartsWith($"| {Summit.Id} | event | summit | {Summit.Title} | {Summit.Date} |  |  | {PlaceOf(Summit)} |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json", "JSON")]
    [InlineData("CSV", "CSV")]
    [InlineData("Markdown", "Markdown")]
    public void Out_writes_the_library_export_to_the_file_and_reports_on_standard_error(string format, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-export-{Guid.NewGuid():N}.{format}");
        try
        {
            var run = ExplorerRun.Of("export", "--format", format, "--out", path);
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal($"Wrote {Dataset.Records.Count} records as {name} to {path}.\n", run.Error);
            Assert.Equal(LibraryBytes(name), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    [InlineData("json,csv")]
    public void A_format_that_is_not_one_of_the_three_is_a_usage_error(string format)
    {
        var message = ExplorerRun.Of("export", "--format", format).AssertFailed(ExitCodes.Usage);
        Assert.Equal($"aseanun: --format '{format}' is not a format; use json, csv or markdown.", message);
    }

    [Fact]
    public void Export_without_a_format_is_a_usage_error()
    {
        var message = ExplorerRun.Of("export").AssertFailed(ExitCodes.Usage);
        Assert.Equal("aseanun: Give the format with --format: json, csv or markdown.", message);
    }

    [Fact]
    public void A_file_that_cannot_be_written_fails_with_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "records.csv");
        var message = ExplorerRun.Of("export", "--format", "csv", "--out", path).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal($"aseanun: Cannot write {path}: its folder does not exist.", message);
    }

    private static string PlaceOf(Event e) => Dataset.GetRecord(e.PlaceId!).Label;

    // What a program using the library gets: JSON from its stream export (UTF-8, no byte-order mark), tables as UTF-8 text.
    private static byte[] LibraryBytes(string name)
    {
        if (name == "JSON")
        {
            using var stream = new MemoryStream();
            DatasetJson.Export(Dataset, stream);
            return stream.ToArray();
        }

        return Encoding.UTF8.GetBytes(name == "CSV" ? DatasetCsv.Export(Dataset) : DatasetMarkdown.Export(Dataset));
    }
}
