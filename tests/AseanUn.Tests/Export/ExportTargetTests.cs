using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Export;
using AseanUn.Json;

namespace AseanUn.Tests.Export;

/// <summary>Every exporter writes the same text to a string, a <see cref="TextWriter"/>, a <see cref="Stream"/> and a file, at once or asynchronously.</summary>
public sealed class ExportTargetTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    public static TheoryData<string> Formats() => ["json", "csv", "markdown"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_target_gets_the_same_utf8_text_without_a_byte_order_mark(string format)
    {
        var expected = ToText(format);
        var utf8 = new UTF8Encoding(false).GetBytes(expected);

        using var writer = new StringWriter();
        Sync(format).ToWriter(writer);
        Assert.Equal(expected, writer.ToString());

        using var stream = new MemoryStream();
        Sync(format).ToStream(stream);
        Assert.Equal(utf8, stream.ToArray());
        Assert.True(stream.CanWrite, "the stream is left open");

        using var asyncWriter = new StringWriter();
        await Async(format).ToWriter(asyncWriter, CancellationToken.None);
        Assert.Equal(expected, asyncWriter.ToString());

        using var asyncStream = new MemoryStream();
        await Async(format).ToStream(asyncStream, CancellationToken.None);
        Assert.Equal(utf8, asyncStream.ToArray());

        var path = Path.Combine(Path.GetTempPath(), $"aseanun-export-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(path, "older and longer content that the export replaces entirely " + new string('x', expected.Length));
            Sync(format).ToFile(path);
            Assert.Equal(utf8, File.ReadAllBytes(path));
            File.Delete(path);
            await Async(format).ToFile(path, CancellationToken.None);
            Assert.Equal(utf8, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_cancelled_export_writes_nothing(string format)
    {
        using var stream = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Async(format).ToStream(stream, new CancellationToken(canceled: true)));
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_cancelled_file_export_leaves_the_old_file_as_it_was_and_no_temporary_file(string format)
    {
        var folder = Directory.CreateTempSubdirectory("aseanun-export-").FullName;
        try
        {
            var path = Path.Combine(folder, "records." + format);
            var old = Encoding.UTF8.GetBytes("the previous export, still wanted");
            File.WriteAllBytes(path, old);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Async(format).ToFile(path, new CancellationToken(canceled: true)));
            Assert.Equal(old, File.ReadAllBytes(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ToText(string format) => format switch
    {
        "json" => DatasetJson.Export(Dataset),
        "csv" => DatasetCsv.Export(Dataset),
        _ => DatasetMarkdown.Export(Dataset),
    };

    private static (Action<TextWriter> ToWriter, Action<Stream> ToStream, Action<string> ToFile) Sync(string format) => format switch
    {
        "json" => (w => DatasetJson.Export(Dataset, w), s => DatasetJson.Export(Dataset, s), p => DatasetJson.ExportFile(Dataset, p)),
        "csv" => (w => DatasetCsv.Export(Dataset, w), s => DatasetCsv.Export(Dataset, s), p => DatasetCsv.ExportFile(Dataset, p)),
        _ => (w => DatasetMarkdown.Export(Dataset, w), s => DatasetMarkdown.Export(Dataset, s), p => DatasetMarkdown.ExportFile(Dataset, p)),
    };

    private static (Func<TextWriter, CancellationToken, Task> ToWriter, Func<Stream, CancellationToken, Task> ToStream, Func<string, CancellationToken, Task> ToFile) Async(string format) => format switch
    {
        "json" => ((w, c) => DatasetJson.ExportAsync(Dataset, w, c), (s, c) => DatasetJson.ExportAsync(Dataset, s, c), (p, c) => DatasetJson.ExportFileAsync(Dataset, p, c)),
        "csv" => ((w, c) => DatasetCsv.ExportAsync(Dataset, w, c), (s, c) => DatasetCsv.ExportAsync(Dataset, s, c), (p, c) => DatasetCsv.ExportFileAsync(Dataset, p, c)),
        _ => ((w, c) => DatasetMarkdown.ExportAsync(Dataset, w, c), (s, c) => DatasetMarkdown.ExportAsync(Dataset, s, c), (p, c) => DatasetMarkdown.ExportFileAsync(Dataset, p, c)),
    };
}
