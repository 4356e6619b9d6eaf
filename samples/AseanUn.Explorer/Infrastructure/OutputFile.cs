using System;
using System.IO;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>Writes a command's <c>--out</c> file, turning file-system failures into a one-line error (exit code 1).</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, replacing the file.</summary>
    /// <exception cref="ExplorerException">The file cannot be written.</exception>
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ExplorerException.NotFound($"Cannot write {path}: {e.Message}");
        }
    }
}
