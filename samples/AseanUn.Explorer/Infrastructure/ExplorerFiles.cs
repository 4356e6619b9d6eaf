using System;
using System.IO;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>Reads the files commands are given and writes their <c>--out</c> files, turning file-system failures into a one-line error (exit code 1).</summary>
internal static class ExplorerFiles
{
    /// <summary>Returns the bytes of the file <paramref name="path"/>, as written on the command line.</summary>
    /// <exception cref="ExplorerException">The file does not exist or cannot be read.</exception>
    public static byte[] Read(ExplorerContext context, string path) =>
        Attempt($"Cannot read {path}", "there is no such file", () => File.ReadAllBytes(context.FullPath(path)));

    /// <summary>Writes <paramref name="bytes"/> to the file <paramref name="path"/>, replacing it.</summary>
    /// <exception cref="ExplorerException">The file cannot be written.</exception>
    public static void Write(ExplorerContext context, string path, byte[] bytes) =>
        Attempt($"Cannot write {path}", "its folder does not exist", () =>
        {
            File.WriteAllBytes(context.FullPath(path), bytes);
            return bytes;
        });

    private static byte[] Attempt(string failure, string missing, Func<byte[]> access)
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
