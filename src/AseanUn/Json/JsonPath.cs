using System;
using System.Globalization;

namespace AseanUn.Json;

/// <summary>
/// A JSON path built lazily: <c>$.records.events[3]</c>, with bracket notation for names that are not plain identifiers.
/// Reading a document visits every value, but only the paths of problems are ever turned into text.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? _parent;
    private readonly string? _name;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The path of the document root, <c>$</c>.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>Returns the path of property <paramref name="name"/> of the value at this path.</summary>
    public JsonPath Property(string name) => new(this, name, -1);

    /// <summary>Returns the path of item <paramref name="index"/> of the array at this path.</summary>
    public JsonPath Item(int index) => new(this, null, index);

    /// <summary>Returns the path as text.</summary>
    /// <remarks>
    /// Names are kept whole, so the text is sized first and written once: a name of a mebibyte costs one copy of itself
    /// here, not the two or three a growing builder would make.
    /// </remarks>
    public override string ToString() => string.Create(Length(), this, static (span, path) => path.Write(span));

    private int Length()
    {
        if (_parent is null)
        {
            return 1;
        }

        var own = _name is null
            ? 2 + _index.ToString(CultureInfo.InvariantCulture).Length
            : IsIdentifier(_name) ? 1 + _name.Length : 4 + _name.Length + _name.AsSpan().Count('\'');
        return _parent.Length() + own;
    }

    // Writes the path into span, sized by Length; returns the characters written.
    private int Write(Span<char> span)
    {
        if (_parent is null)
        {
            span[0] = '$';
            return 1;
        }

        var at = _parent.Write(span);
        if (_name is null)
        {
            span[at++] = '[';
            _index.TryFormat(span[at..], out var digits, default, CultureInfo.InvariantCulture);
            at += digits;
            span[at++] = ']';
        }
        else if (IsIdentifier(_name))
        {
            span[at++] = '.';
            _name.AsSpan().CopyTo(span[at..]);
            at += _name.Length;
        }
        else
        {
            // A quote inside the name is escaped so the bracket ends where the name does.
            span[at++] = '[';
            span[at++] = '\'';
            foreach (var c in _name)
            {
                if (c == '\'')
                {
                    span[at++] = '\\';
                }

                span[at++] = c;
            }

            span[at++] = '\'';
            span[at++] = ']';
        }

        return at;
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
