using System;
using System.IO;
using AseanUn.Export;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Opens the files commands are given and writes their <c>--out</c> files, turning file-system failures into a one-line
/// error (exit code 1). Documents are read no further than one byte past the library's size limit (<see cref="ReadAll"/>),
/// so a huge or endless input costs no more memory than the limit. Files are written whole or not at all, by the
/// library's <see cref="AtomicFile"/>: a failed write leaves the previous file as it was.
/// </summary>
internal static class ExplorerFiles
{
    /// <summary>What a file argument of <c>-</c> becomes before parsing (see <see cref="MarkStandardInput"/>): no path holds a NUL.</summary>
    public const string StandardInput = "\0-";

    /// <summary>
    /// Returns <paramref name="args"/> with each <c>-</c> (standard input, as Unix tools write it) replaced by
    /// <see cref="StandardInput"/>, so a file argument of <c>-</c> can never be told from a path named on the command line.
    /// </summary>
    public static string[] MarkStandardInput(string[] args) => Array.ConvertAll(args, arg => arg == "-" ? StandardInput : arg);

    /// <summary>Returns how problem reports name the file <paramref name="path"/>: as written, or <c>&lt;stdin&gt;</c> for standard input.</summary>
    public static string DocumentName(string path) => path == StandardInput ? "<stdin>" : path;

    /// <summary>Opens the file <paramref name="path"/>, as written on the command line, for reading; <c>-</c> is standard input.</summary>
    /// <exception cref="ExplorerException">The file does not exist, is a folder, or cannot be read.</exception>
    private static Stream OpenRead(ExplorerContext context, string path)
    {
        if (path == StandardInput)
        {
            return context.OpenInput();
        }

        var fullPath = context.FullPath(path);
        return Directory.Exists(fullPath)
            ? throw ExplorerException.NotFound($"Cannot read {path}: it is a folder, not a file.")
            : Attempt($"Cannot read {path}", "there is no such file", () => new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read));
    }

    /// <summary>
    /// Reads the file <paramref name="path"/> (<c>-</c> is standard input) into memory, stopping one byte past the
    /// library's 16 MiB document limit: enough for its importer to report a longer file, never more than that held.
    /// </summary>
    /// <exception cref="ExplorerException">The file does not exist, is a folder, or cannot be read.</exception>
    public static byte[] ReadAll(ExplorerContext context, string path)
    {
        const int limit = (16 * 1024 * 1024) + 1;
        using var stream = OpenRead(context, path);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = Attempt($"Cannot read {path}", "there is no such file", () => stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length)))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> to the file <paramref name="path"/>, replacing it.</summary>
    /// <exception cref="ExplorerException">The file cannot be written.</exception>
    public static void Write(ExplorerContext context, string path, byte[] bytes) => Write(context, path, stream => stream.Write(bytes));

    /// <summary>Creates (or replaces) the file <paramref name="path"/> and lets <paramref name="write"/> fill it; on a failure the old file stays.</summary>
    /// <exception cref="ExplorerException">The file cannot be written.</exception>
    public static void Write(ExplorerContext context, string path, Action<Stream> write)
    {
        var fullPath = context.FullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw ExplorerException.NotFound($"Cannot write {path}: it is a folder, not a file.");
        }

        Attempt($"Cannot write {path}", "its folder does not exist", () =>
        {
            AtomicFile.Write(fullPath, write);
            return 0;
        });
    }

    private static T Attempt<T>(string failure, string missing, Func<T> access)
    {
        try
        {
            return access();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ExplorerException.NotFound($"{failure}: {missing}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ExplorerException.NotFound($"{failure}: {e.Message}");
        }
    }
}
