using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using AseanUn.Collections;
using AseanUn.Dates;
using NodaTime;

namespace AseanUn.BuiltIn;

/// <summary>Reads the primitives <see cref="CompactWriter"/> writes, in the same order.</summary>
internal sealed class CompactReader
{
    private readonly byte[] _data;
    private readonly string[] _strings;
    private int _position;

    /// <summary>Checks the magic and version of <paramref name="data"/> and reads its string table.</summary>
    /// <exception cref="InvalidDataException">The data is not of the compact form, or of another version.</exception>
    public CompactReader(byte[] data)
    {
        _data = data;
        if (!data.AsSpan().StartsWith(CompactFormat.Magic))
        {
            throw new InvalidDataException("The built-in data does not start with the compact form's magic bytes.");
        }

        _position = CompactFormat.Magic.Length;
        if (Int() is var version && version != CompactFormat.Version)
        {
            throw new InvalidDataException($"The built-in data is of compact form version {version}; this library reads version {CompactFormat.Version}.");
        }

        _strings = new string[Int()];
        for (var i = 0; i < _strings.Length; i++)
        {
            var length = Int();
            _strings[i] = Encoding.UTF8.GetString(_data, _position, length);
            _position += length;
        }
    }

    /// <summary>Gets whether every byte has been read.</summary>
    public bool AtEnd => _position == _data.Length;

    public int Int()
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = _data[_position++];
            value |= (next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }

    public byte Byte() => _data[_position++];

    public bool Bool() => Byte() != 0;

    public string String() => OptionalString() ?? throw new InvalidDataException($"The built-in data has no string at byte {_position} where one is required.");

    public string? OptionalString() => Int() is var index and > 0 ? _strings[index - 1] : null;

    public int? OptionalInt() => Int() is var value and > 0 ? value - 1 : null;

    public decimal Decimal()
    {
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_position + (i * 4)));
        }

        _position += 16;
        return new decimal(bits);
    }

    public EquatableArray<string> Strings() => Array(static r => r.String());

    /// <summary>Reads a count, then that many items with <paramref name="read"/>.</summary>
    public EquatableArray<T> Array<T>(Func<CompactReader, T> read)
    {
        var items = new T[Int()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(this);
        }

        return EquatableArray.TakeOwnership(items);
    }

    public PartialDate Date()
    {
        var isInterval = Bool();
        var start = Point();
        return PartialDate.FromPoints(start, isInterval ? Point() : start, isInterval);
    }

    public PartialDate? OptionalDate() => Bool() ? Date() : null;

    private DatePoint Point() => new(Day(), Day(), (DatePrecision)Byte(), (DateQualifier)Byte());

    private LocalDate Day()
    {
        var zigzag = (uint)Int();
        var year = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        return new LocalDate(year, Byte(), Byte());
    }
}
