using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AseanUn.Export;

/// <summary>
/// Writes a file all or nothing: into a new temporary file beside the target, flushed to disk, then moved over the
/// target in one step. A write that fails part-way (a full disk, an exporter that throws, a cancelled token) leaves
/// the previous file exactly as it was and removes the temporary one, so no reader ever sees a truncated file.
/// Every file the library and the explorer write goes through here.
/// </summary>
/// <remarks>
/// The move replaces the target's directory entry: a new file takes the folder's default permissions, and a target
/// that is a symbolic link is replaced by the file rather than written through.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Creates or replaces the file <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var temporary = TemporaryPathBeside(target);
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    /// <summary>Creates or replaces the file <paramref name="path"/> with what <paramref name="write"/> writes, without blocking.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var temporary = TemporaryPathBeside(target);
        try
        {
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    // Nothing to remove when the temporary file could not even be created (its folder is missing, say).
    private static void Discard(string temporary)
    {
        if (File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }

    // In the target's own folder, so the move is a rename on one file system; hidden, and named after the target so a
    // leftover from a killed process says what it was.
    private static string TemporaryPathBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
}
