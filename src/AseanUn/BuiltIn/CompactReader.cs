using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Rules;

namespace AseanUn.BuiltIn;

/// <summary>Reads the primitives <see cref="CompactWriter"/> writes, in the same order.</summary>
internal sealed class CompactReader
{
    private readonly byte[] _data;

    // The string table: where each string's bytes start and how many there are, and the string once it has been
    // decoded. A first look-up needs a few dozen of the table's strings; decoding them all costs more than the head.
    private readonly int[] _stringStarts;
    private readonly int[] _stringLengths;
    private readonly string?[] _strings;
    private readonly int _end;
    private int _position;

    /// <summary>Checks the magic and version of <paramref name="data"/> and finds its string table's strings.</summary>
    /// <exception cref="InvalidDataException">The data is not of the compact form, or of another version.</exception>
    public CompactReader(byte[] data)
    {
        _data = data;
        if (!StartsWithMagic(data))
        {
            throw new InvalidDataException("The built-in data does not start with the compact form's magic bytes.");
        }

        _end = data.Length;
        _position = CompactFormat.Magic.Length;
        if (Int() is var version && version != CompactFormat.Version)
        {
            throw new InvalidDataException($"The built-in data is of compact form version {version}; this library reads version {CompactFormat.Version}.");
        }

        _strings = new string?[Count()];
        _stringStarts = new int[_strings.Length];
        _stringLengths = new int[_strings.Length];
        for (var i = 0; i < _strings.Length; i++)
        {
            _stringLengths[i] = Int();
            _stringStarts[i] = Skip(_stringLengths[i]);
        }
    }

    // A reader of the section [start, end) of a document whose string table this shares.
    private CompactReader(CompactReader document, int start, int end)
    {
        _data = document._data;
        _stringStarts = document._stringStarts;
        _stringLengths = document._stringLengths;
        _strings = document._strings;
        _position = start;
        _end = end;
    }

    /// <summary>Gets whether every byte (of the section, for a section's reader) has been read.</summary>
    public bool AtEnd => _position == _end;

    /// <summary>Skips the next <paramref name="length"/> bytes, which must be there, and returns where they start.</summary>
    /// <exception cref="InvalidDataException">Fewer bytes are left.</exception>
    public int Skip(int length)
    {
        var start = _position;
        _position = length >= 0 && length <= _end - _position ? _position + length : throw EndsInside();
        return start;
    }

    /// <summary>Returns a reader of the <paramref name="length"/> bytes at <paramref name="start"/>, a section <see cref="Skip"/> passed over.</summary>
    public CompactReader Section(int start, int length) => new(this, start, start + length);

    public int Int()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = Byte();
            value |= (next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw NumberTooLong();
    }

    public byte Byte() => _position < _end ? _data[_position++] : throw EndsInside();

    /// <summary>Reads a count of items, each of which takes at least a byte: no more than the bytes left.</summary>
    public int Count() => Int() is var count && (uint)count <= (uint)(_end - _position)
        ? count
        : throw TooManyItems(count);

    public bool Bool() => Byte() != 0;

    public string String() => OptionalString() ?? throw NoString();

    public string? OptionalString() => Int() switch
    {
        0 => null,
        var index when index > 0 && index <= _strings.Length => _strings[index - 1] ?? Decode(index - 1),
        var index => throw NoSuchString(index),
    };

    // Threads that race here decode equal strings; whichever is stored, every reader gets an equal one.
    private string Decode(int index) => _strings[index] = Encoding.UTF8.GetString(_data, _stringStarts[index], _stringLengths[index]);

    public int? OptionalInt() => Int() is var value and > 0 ? value - 1 : null;

    public decimal Decimal()
    {
        var bytes = Take(16);
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
        }

        // A decimal's flags word holds only its sign (bit 31) and a scale of 0 to 28 (bits 16 to 23).
        return (bits[3] & 0x7F00FFFF) == 0 && ((bits[3] >> 16) & 0xFF) <= 28
            ? new decimal(bits)
            : throw new InvalidDataException($"The built-in data has an impossible decimal before byte {_position}.");
    }

    public EquatableArray<string> Strings() => Array(static r => r.String());

    /// <summary>Reads a count, then that many items with <paramref name="read"/>.</summary>
    public EquatableArray<T> Array<T>(Func<CompactReader, T> read)
    {
        var items = new T[Count()];
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

    // The next count bytes; the data ending sooner is an error that says where.
    private ReadOnlySpan<byte> Take(int count)
    {
        var start = Skip(count);
        return new ReadOnlySpan<byte>(_data, start, count);
    }

    // Compared byte by byte: MemoryExtensions.StartsWith would load System.Memory, which nothing else on the way needs.
    private static bool StartsWithMagic(byte[] data)
    {
        var magic = CompactFormat.Magic;
        if (data.Length < magic.Length)
        {
            return false;
        }

        for (var i = 0; i < magic.Length; i++)
        {
            if (data[i] != magic[i])
            {
                return false;
            }
        }

        return true;
    }

    // The errors are made apart from the methods that find them: a method that formats a message is larger to compile
    // at first use, though the message is never made when the data is whole.
    private InvalidDataException NumberTooLong() => new($"The built-in data has a number of more than five bytes at byte {_position}.");

    private InvalidDataException TooManyItems(int count) =>
        new($"The built-in data gives {count} items at byte {_position}, more than its {_end - _position} bytes left can hold.");

    private InvalidDataException NoString() => new($"The built-in data has no string at byte {_position} where one is required.");

    private InvalidDataException NoSuchString(int index) => new($"The built-in data refers to string {index} of {_strings.Length} before byte {_position}.");

    private InvalidDataException EndsInside() => new(_end == _data.Length
        ? $"The built-in data ends at byte {_end}, inside a value that starts at byte {_position}."
        : $"The built-in data's section ends at byte {_end}, inside a value that starts at byte {_position}.");

    private DatePoint Point() => new(Day(), Day(), (DatePrecision)Byte(), (DateQualifier)Byte());

    // A day is kept packed (DayNumber), so reading one does not start NodaTime.
    private int Day()
    {
        var zigzag = (uint)Int();
        var year = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        int month = Byte(), day = Byte();
        return CalendarRules.IsDay(year, month, day)
            ? DayNumber.Packed(year, month, day)
            : throw ImpossibleDay(year, month, day);
    }

    private InvalidDataException ImpossibleDay(int year, int month, int day) =>
        new($"The built-in data has an impossible day before byte {_position}: {CalendarRules.DateProblem(year, month, day)}.");
}
