using System;
using System.Collections.Generic;
using System.Text;

namespace AseanUn.Json;

/// <summary>Turns byte offsets of a UTF-8 document into 1-based lines and columns (columns in UTF-16 code units, as editors count).</summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Returns the line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], offset - _lineStarts[line]) + 1);
    }

    /// <summary>Returns the byte offset of a 0-based line and byte position within it, as <c>Utf8JsonReader</c> reports errors.</summary>
    public int OffsetOf(long line, long bytePositionInLine) =>
        line < _lineStarts.Count ? (int)Math.Min(_lineStarts[(int)line] + bytePositionInLine, _utf8.Length) : _utf8.Length;
}
