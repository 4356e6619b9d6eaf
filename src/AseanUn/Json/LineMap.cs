using System;
using System.Collections.Generic;
using System.Text;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Turns byte offsets of a UTF-8 document into 1-based lines and columns (columns in UTF-16 code units, as editors
/// count). Locating a problem costs at most <see cref="CheckpointSpacing"/> bytes of counting whatever the line's
/// length and the order problems are asked in: a minified document is one long line, and a column is counted from the
/// nearest checkpoint before it, not from the start of the line. It is the one place a problem found at a byte offset
/// of a document gets its document name, line and column (<see cref="ProblemAt"/>).
/// </summary>
internal sealed class LineMap
{
    /// <summary>The most bytes between two checkpoints of a long line (a checkpoint never splits a UTF-8 sequence).</summary>
    internal const int CheckpointSpacing = 512;

    private readonly byte[] _utf8;
    private readonly string? _documentName;
    private readonly List<int> _lineStarts = [0];

    // Checkpoints within long lines, made on the first look-up: a byte offset, and how many UTF-16 code units its line
    // has before it. Ascending by offset; every line start is an implicit checkpoint with zero units before it.
    private List<int>? _checkpointOffsets;
    private List<int>? _checkpointColumns;

    /// <summary>Maps the UTF-8 document <paramref name="utf8"/>, named <paramref name="documentName"/> in the problems it places.</summary>
    public LineMap(byte[] utf8, string? documentName = null)
    {
        _utf8 = utf8;
        _documentName = documentName;
        var span = utf8.AsSpan();
        for (var start = 0; ;)
        {
            var newline = span[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            start += newline + 1;
            _lineStarts.Add(start);
        }
    }

    /// <summary>
    /// Gets how many bytes look-ups (and the one pass that makes the checkpoints) have counted characters over, so
    /// tests can tell that the work stays linear in the document's size.
    /// </summary>
    internal long BytesScanned { get; private set; }

    /// <summary>Returns the line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        var (from, before) = NearestCheckpoint(_lineStarts[line], offset);
        BytesScanned += offset - from;
        return (line + 1, before + Encoding.UTF8.GetCharCount(_utf8, from, offset - from) + 1);
    }

    /// <summary>Makes the problem found at byte <paramref name="offset"/> of the document, at <paramref name="path"/> in its JSON.</summary>
    public DatasetProblem ProblemAt(int offset, DatasetProblemKind kind, string path, string message)
    {
        var (line, column) = Locate(offset);
        return new DatasetProblem(kind, path, line, column, message) { DocumentName = _documentName };
    }

    /// <summary>Returns the byte offset of a 0-based line and byte position within it, as <c>Utf8JsonReader</c> reports errors.</summary>
    public int OffsetOf(long line, long bytePositionInLine) =>
        line < _lineStarts.Count ? (int)Math.Min(_lineStarts[(int)line] + bytePositionInLine, _utf8.Length) : _utf8.Length;

    /// <summary>Gets the last checkpoint at or before <paramref name="offset"/> on the line starting at <paramref name="lineStart"/>.</summary>
    private (int Offset, int Column) NearestCheckpoint(int lineStart, int offset)
    {
        if (offset - lineStart <= CheckpointSpacing)
        {
            return (lineStart, 0);
        }

        if (_checkpointOffsets is null)
        {
            MakeCheckpoints();
        }

        var index = _checkpointOffsets!.BinarySearch(offset);
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 && _checkpointOffsets[index] > lineStart ? (_checkpointOffsets[index], _checkpointColumns![index]) : (lineStart, 0);
    }

    // One pass over the long lines: every CheckpointSpacing bytes or a little less, at the start of a UTF-8 sequence.
    private void MakeCheckpoints()
    {
        _checkpointOffsets = [];
        _checkpointColumns = [];
        for (var line = 0; line < _lineStarts.Count; line++)
        {
            var start = _lineStarts[line];
            var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : _utf8.Length;
            var column = 0;
            for (var at = start; end - at > CheckpointSpacing;)
            {
                var next = at + CheckpointSpacing;
                while (next > at && (_utf8[next] & 0xC0) == 0x80)
                {
                    next--;
                }

                if (next == at)
                {
                    next = at + CheckpointSpacing; // not UTF-8 at all: the decoder counts each byte alike
                }

                BytesScanned += next - at;

                column += Encoding.UTF8.GetCharCount(_utf8, at, next - at);
                _checkpointOffsets.Add(next);
                _checkpointColumns.Add(column);
                at = next;
            }
        }
    }
}
