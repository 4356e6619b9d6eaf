using System;
using System.IO;
using System.Text;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Json;

namespace AseanUn.Explorer.Tests;

/// <summary>What <c>validate</c> reads: files of any size and endless input within the library's limit, standard input, folders, empty files.</summary>
public sealed class ValidateInputTests
{
    private const long Limit = 16 * 1024 * 1024;
    private const string LimitMessage = "The document is longer than 16777216 bytes, the most the importer reads; it goes past that here.";

    [Fact]
    public void A_one_gigabyte_file_stops_at_the_limit_with_one_problem_without_being_read_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-huge-{Guid.NewGuid():N}.json");
        try
        {
            // Sparse on the file systems CI uses: a gigabyte of zeros that takes no disk space.
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.SetLength(1L << 30);
            }

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var run = ExplorerRun.Of("validate", path);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
            Assert.Equal($"{path}:1:{Limit + 1}: {LimitMessage}\n", run.Output);
            Assert.Equal($"aseanun: {path} has 1 problem.\n", run.Error);

            // Reading the file whole would allocate a gigabyte; streaming it allocates a small multiple of the limit.
            Assert.True(allocated < 8 * Limit, $"validate allocated {allocated:N0} bytes for a 1 GiB file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Endless_standard_input_stops_at_the_limit_without_reading_past_it()
    {
        var input = new EndlessStream();
        var run = ExplorerRun.WithInput(input, "validate", "-");

        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        Assert.Equal($"<stdin>:1:{Limit + 1}: {LimitMessage}\n", run.Output);
        Assert.Equal("aseanun: <stdin> has 1 problem.\n", run.Error);

        // The importer reads in chunks and stops at the first chunk that passes the limit.
        Assert.InRange(input.BytesRead, Limit + 1, Limit + (1024 * 1024));
    }

    [Fact]
    public void The_endless_device_file_stops_at_the_limit()
    {
        // /dev/zero exists wherever the suite runs in CI (Linux); elsewhere EndlessStream stands in for it above.
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var run = ExplorerRun.Of("validate", "/dev/zero");
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        Assert.Equal($"/dev/zero:1:{Limit + 1}: {LimitMessage}\n", run.Output);
    }

    [Fact]
    public void A_dash_reads_the_document_from_standard_input()
    {
        var export = Encoding.UTF8.GetBytes(DatasetJson.Export(Partnership.Current));
        var line = Assert.Single(ExplorerRun.WithInput(new MemoryStream(export), "validate", "-").AssertOk().Lines);
        Assert.StartsWith($"<stdin>: OK, {Partnership.Current.Records.Count} records (", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_as_the_file_says_so()
    {
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var message = ExplorerRun.Of("validate", folder).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal($"aseanun: Cannot read {folder}: it is a folder, not a file.", message);
    }

    [Theory]
    [InlineData("chart")]
    [InlineData("export", "--format", "csv")]
    public void A_folder_named_as_the_output_file_says_so(params string[] command)
    {
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var message = ExplorerRun.Of([.. command, "--out", folder]).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal($"aseanun: Cannot write {folder}: it is a folder, not a file.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_one_problem_in_plain_words(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-empty-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, content, new UTF8Encoding(false));
            var run = ExplorerRun.Of("validate", path);
            Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
            var line = Assert.Single(run.Lines);
            Assert.StartsWith($"{path}:1:1: The document is empty; a dataset document is a JSON object", line, StringComparison.Ordinal);
            Assert.DoesNotContain("isFinalBlock", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
