using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;
using AseanUn.Collections;
using AseanUn.Dates;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes the primitives of the compact data form: variable-length integers, strings as indexes into a table written
/// once in front of the body, and dates as their points. <see cref="CompactReader"/> reads them back in the same order.
/// </summary>
internal sealed class CompactWriter
{
    private readonly ArrayBufferWriter<byte> _body = new();
    private readonly Dictionary<string, int> _stringIndexes;
    private readonly List<string> _strings;

    /// <summary>Creates a writer with a string table of its own.</summary>
    public CompactWriter()
        : this(new Dictionary<string, int>(StringComparer.Ordinal), [])
    {
    }

    private CompactWriter(Dictionary<string, int> stringIndexes, List<string> strings)
    {
        _stringIndexes = stringIndexes;
        _strings = strings;
    }

    /// <summary>Gets the number of bytes written so far.</summary>
    public int Length => _body.WrittenCount;

    /// <summary>Returns a writer for a section of this document: its strings go into this writer's table, its bytes stay its own until <see cref="Append"/>.</summary>
    public CompactWriter Section() => new(_stringIndexes, _strings);

    /// <summary>Writes the bytes of <paramref name="section"/>, a writer made by <see cref="Section"/>.</summary>
    public void Append(CompactWriter section) => _body.Write(section._body.WrittenSpan);

    /// <summary>Writes a non-negative integer in seven-bit groups, low group first.</summary>
    public void Int(int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            Byte((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        Byte((byte)remaining);
    }

    public void Byte(byte value) => _body.Write([value]);

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    /// <summary>Writes a string as its index in the string table, 0 standing for <see langword="null"/>.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (!_stringIndexes.TryGetValue(value, out var index))
        {
            _strings.Add(value);
            index = _strings.Count;
            _stringIndexes.Add(value, index);
        }

        Int(index);
    }

    public void OptionalInt(int? value) => Int(value is { } number ? checked(number + 1) : 0);

    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < bits.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], bits[i]);
        }

        _body.Write(bytes);
    }

    public void Strings(EquatableArray<string> values) => Array(values, static (w, s) => w.String(s));

    /// <summary>Writes a count, then each item with <paramref name="write"/>.</summary>
    public void Array<T>(EquatableArray<T> values, Action<CompactWriter, T> write)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            write(this, value);
        }
    }

    public void Date(PartialDate value)
    {
        Bool(value.IsInterval);
        Point(value.StartPoint);
        if (value.IsInterval)
        {
            Point(value.EndPoint);
        }
    }

    public void OptionalDate(PartialDate? value)
    {
        Bool(value.HasValue);
        if (value is { } date)
        {
            Date(date);
        }
    }

    /// <summary>Returns the magic, the format version, the string table and the body written so far.</summary>
    public byte[] ToArray()
    {
        var document = new ArrayBufferWriter<byte>(_body.WrittenCount + 64 * _strings.Count);
        document.Write(CompactFormat.Magic);
        var header = new CompactWriter();
        header.Int(CompactFormat.Version);
        header.Int(_strings.Count);
        foreach (var text in _strings)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            header.Int(bytes.Length);
            header._body.Write(bytes);
        }

        document.Write(header._body.WrittenSpan);
        document.Write(_body.WrittenSpan);
        return document.WrittenSpan.ToArray();
    }

    private void Point(DatePoint point)
    {
        Day(point.FirstDay);
        Day(point.LastDay);
        Byte((byte)point.Precision);
        Byte((byte)point.Qualifier);
    }

    // Years may be negative (the open and unknown ends sit at LocalDate.MinIsoValue), so they are zigzag-encoded.
    private void Day(int packed)
    {
        var year = DayNumber.Year(packed);
        Int((year << 1) ^ (year >> 31));
        Byte((byte)DayNumber.Month(packed));
        Byte((byte)DayNumber.Day(packed));
    }
}
