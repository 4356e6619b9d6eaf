using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Export;

namespace AseanUn.Tests.Export;

/// <summary>A file is replaced whole or not at all: a write that fails part-way leaves the old file and no temporary file.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private static readonly byte[] Old = Encoding.UTF8.GetBytes("the previous page, still wanted\n");
    private readonly string _folder = Directory.CreateTempSubdirectory("aseanun-atomic-").FullName;

    private string Target => Path.Combine(_folder, "page.html");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_byte_identical_and_nothing_else()
    {
        File.WriteAllBytes(Target, Old);
        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(Target, FailAfter(64 * 1024)));
        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal(Old, File.ReadAllBytes(Target));
        Assert.Equal([Target], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task An_asynchronous_write_that_fails_midway_leaves_the_old_file_byte_identical_and_nothing_else()
    {
        File.WriteAllBytes(Target, Old);
        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(Target, (stream, _) => Task.Run(() => FailAfter(64 * 1024)(stream)), CancellationToken.None));
        Assert.Equal(Old, File.ReadAllBytes(Target));
        Assert.Equal([Target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_failed_first_write_leaves_no_file_at_all()
    {
        Assert.Throws<IOException>(() => AtomicFile.Write(Target, FailAfter(10)));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_complete_write_replaces_the_file_and_leaves_nothing_else()
    {
        File.WriteAllBytes(Target, Old);
        AtomicFile.Write(Target, stream => stream.Write("new"u8));
        Assert.Equal("new"u8.ToArray(), File.ReadAllBytes(Target));
        Assert.Equal([Target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_missing_folder_is_reported_as_such()
    {
        var inMissingFolder = Path.Combine(_folder, "missing", "page.html");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(inMissingFolder, stream => stream.Write("new"u8)));
    }

    // Writes 4 KiB at a time until more than limit bytes have gone out, then fails as a full disk does.
    private static Action<Stream> FailAfter(int limit) => stream =>
    {
        var chunk = new byte[4096];
        Array.Fill(chunk, (byte)'x');
        for (var written = 0; ; written += chunk.Length)
        {
            if (written > limit)
            {
                throw new IOException("No space left on device");
            }

            stream.Write(chunk);
        }
    };
}
