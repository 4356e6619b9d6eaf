using System;
using System.IO;
using System.Text;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

/// <summary>An <c>--out</c> file is replaced whole or not at all: a failed write keeps the previous file and leaves no partial one.</summary>
public sealed class OutFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aseanun-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_write_that_fails_midway_keeps_the_previous_file_and_reports_one_line()
    {
        var path = Path.Combine(_folder, "aseanun.html");
        var old = Encoding.UTF8.GetBytes("<!doctype html><p>yesterday's report</p>\n");
        File.WriteAllBytes(path, old);
        var context = new ExplorerContext(TextWriter.Null, TextWriter.Null, OutputLayout.Plain, 120, Partnership.Current, _folder);

        var failure = Assert.Throws<ExplorerException>(() => ExplorerFiles.Write(context, "aseanun.html", stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("Cannot write aseanun.html: No space left on device", failure.Message);
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_complete_write_replaces_the_previous_file()
    {
        var path = Path.Combine(_folder, "timeline.svg");
        File.WriteAllText(path, "old and longer than the new content");
        Assert.Equal(0, ExplorerRun.Of("chart", "--out", path).ExitCode);
        Assert.Contains("</svg>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }
}
