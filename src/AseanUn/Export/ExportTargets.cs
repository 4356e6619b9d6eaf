using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AseanUn.Export;

/// <summary>
/// Sends an export to where a caller wants it — a <see cref="Stream"/>, a <see cref="TextWriter"/> or a file —
/// the same way for every format: UTF-8 without a byte-order mark, streams and writers left open, files replaced
/// whole or not at all (<see cref="AtomicFile"/>).
/// </summary>
internal static class ExportTargets
{
    /// <summary>Gets the encoding of every export that writes bytes: UTF-8 without a byte-order mark.</summary>
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Lets <paramref name="write"/> write text to <paramref name="stream"/> as UTF-8, leaving the stream open.</summary>
    public static void ToStream(Stream stream, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true);
        write(writer);
    }

    /// <summary>Creates or replaces the file <paramref name="path"/> and lets <paramref name="write"/> fill it; on a failure the old file stays.</summary>
    public static void ToFile(string path, Action<Stream> write) => AtomicFile.Write(path, write);

    /// <summary>Writes <paramref name="utf8"/> to <paramref name="stream"/> asynchronously, leaving the stream open.</summary>
    public static Task ToStreamAsync(Stream stream, byte[] utf8, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.WriteAsync(utf8, cancellationToken).AsTask();
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="writer"/> asynchronously, leaving the writer open.</summary>
    public static Task ToWriterAsync(TextWriter writer, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.WriteAsync(text.AsMemory(), cancellationToken);
    }

    /// <summary>Creates or replaces the file <paramref name="path"/> with <paramref name="utf8"/>, asynchronously; on a failure the old file stays.</summary>
    public static Task ToFileAsync(string path, byte[] utf8, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(path, (file, token) => file.WriteAsync(utf8, token).AsTask(), cancellationToken);
}
