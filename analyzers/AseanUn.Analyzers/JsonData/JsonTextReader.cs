using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// Reads the text of a data file into <see cref="JsonNode"/>s that know their positions, strictly as RFC 8259 (and
/// the library's importer) reads JSON: no comments, no trailing commas, no single quotes, no control characters in
/// strings. The first syntax error stops the reading and is returned with its place.
/// </summary>
/// <remarks>
/// Hand-written rather than System.Text.Json, which not every host that loads analyzers can load; it cannot throw on
/// any input: each character is looked at through <see cref="Peek"/>, which answers past the end too, and nesting
/// deeper than <see cref="MaxDepth"/> (the importer's limit) is an error instead of a deep recursion.
/// </remarks>
internal sealed class JsonTextReader
{
    /// <summary>The deepest nesting of arrays and objects read, as in the library's importer.</summary>
    public const int MaxDepth = 64;

    private const char End = '\0';

    private readonly string _text;
    private int _position;

    private JsonTextReader(string text) => _text = text;

    /// <summary>Reads <paramref name="text"/>; returns the root value, or <see langword="null"/> and the first syntax error.</summary>
    public static JsonNode? Read(SourceText text, out JsonSyntaxError? error)
    {
        var reader = new JsonTextReader(text.ToString());
        error = null;
        reader.SkipWhitespace();
        var root = reader.ReadValue(0, ref error);
        if (root is null)
        {
            return null;
        }

        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            error = reader.ErrorHere("There is more text after the end of the JSON value.");
            return null;
        }

        return root;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Peek => _position < _text.Length ? _text[_position] : End;

    private JsonNode? ReadValue(int depth, ref JsonSyntaxError? error)
    {
        var start = _position;
        switch (Peek)
        {
            case '{':
                return ReadObject(depth + 1, ref error);
            case '[':
                return ReadArray(depth + 1, ref error);
            case '"':
                var text = ReadString(ref error);
                return text is null ? null : JsonNode.Scalar(JsonNodeKind.String, start, _position, text);
            case 't':
                return ReadLiteral("true", JsonNodeKind.True, ref error);
            case 'f':
                return ReadLiteral("false", JsonNodeKind.False, ref error);
            case 'n':
                return ReadLiteral("null", JsonNodeKind.Null, ref error);
            case var c when c == '-' || IsDigit(c):
                return ReadNumber(ref error);
            default:
                error = AtEnd ? ErrorHere("The file ends where a value was expected.") : ErrorHere($"Expected a value, but found {Shown(Peek)}.");
                return null;
        }
    }

    private JsonNode? ReadObject(int depth, ref JsonSyntaxError? error)
    {
        if (depth > MaxDepth)
        {
            error = ErrorHere($"The JSON is nested more than {MaxDepth} levels deep.");
            return null;
        }

        var node = JsonNode.Open(JsonNodeKind.Object, _position);
        _position++;
        SkipWhitespace();
        if (Peek == '}')
        {
            _position++;
            node.Close(_position);
            return node;
        }

        while (true)
        {
            if (Peek != '"')
            {
                error = AtEnd ? ErrorHere("The file ends inside an object; expected a property name.") : ErrorHere($"Expected a property name in double quotes, but found {Shown(Peek)}.");
                return null;
            }

            var nameStart = _position;
            var name = ReadString(ref error);
            if (name is null)
            {
                return null;
            }

            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipWhitespace();
            if (!Expect(':', "after the property name", ref error))
            {
                return null;
            }

            SkipWhitespace();
            var value = ReadValue(depth, ref error);
            if (value is null)
            {
                return null;
            }

            node.Members.Add(new JsonMember(name, nameSpan, value));
            SkipWhitespace();
            if (Peek == ',')
            {
                _position++;
                SkipWhitespace();
                continue;
            }

            if (!Expect('}', "or ',' after a property", ref error))
            {
                return null;
            }

            node.Close(_position);
            return node;
        }
    }

    private JsonNode? ReadArray(int depth, ref JsonSyntaxError? error)
    {
        if (depth > MaxDepth)
        {
            error = ErrorHere($"The JSON is nested more than {MaxDepth} levels deep.");
            return null;
        }

        var node = JsonNode.Open(JsonNodeKind.Array, _position);
        _position++;
        SkipWhitespace();
        if (Peek == ']')
        {
            _position++;
            node.Close(_position);
            return node;
        }

        while (true)
        {
            var item = ReadValue(depth, ref error);
            if (item is null)
            {
                return null;
            }

            node.Items.Add(item);
            SkipWhitespace();
            if (Peek == ',')
            {
                _position++;
                SkipWhitespace();
                continue;
            }

            if (!Expect(']', "or ',' after an item", ref error))
            {
                return null;
            }

            node.Close(_position);
            return node;
        }
    }

    // Reads a string at the opening quote; returns its value with escapes resolved, or null and the error.
    private string? ReadString(ref JsonSyntaxError? error)
    {
        var open = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek;
            if (AtEnd)
            {
                error = new JsonSyntaxError(new TextSpan(open, 1), "The string that starts here is never closed.");
                return null;
            }

            if (c == '"')
            {
                _position++;
                return value.ToString();
            }

            if (c < ' ')
            {
                error = ErrorHere($"A string may not hold the control character {Shown(c)}; write it as an escape such as \\n.");
                return null;
            }

            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }

            var escapeStart = _position;
            _position++;
            var escaped = Peek;
            _position++;
            switch (escaped)
            {
                case '"' or '\\' or '/':
                    value.Append(escaped);
                    break;
                case 'b':
                    value.Append('\b');
                    break;
                case 'f':
                    value.Append('\f');
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    _position += 4;
                    break;
                default:
                    error = new JsonSyntaxError(TextSpan.FromBounds(escapeStart, System.Math.Min(_position, _text.Length)), "Invalid escape sequence in a string.");
                    return null;
            }
        }
    }

    private JsonNode? ReadNumber(ref JsonSyntaxError? error)
    {
        var start = _position;
        if (Peek == '-')
        {
            _position++;
        }

        if (Peek == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek) && Peek != '0')
        {
            SkipDigits();
        }
        else
        {
            error = ErrorHere("Expected a digit in the number.");
            return null;
        }

        if (Peek == '.')
        {
            _position++;
            if (!IsDigit(Peek))
            {
                error = ErrorHere("Expected a digit after the decimal point.");
                return null;
            }

            SkipDigits();
        }

        if (Peek is 'e' or 'E')
        {
            _position++;
            if (Peek is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek))
            {
                error = ErrorHere("Expected a digit in the exponent.");
                return null;
            }

            SkipDigits();
        }

        if (IsDigit(Peek) || char.IsLetter(Peek))
        {
            error = ErrorHere($"The number goes on with {Shown(Peek)}; numbers have no leading zeros, letters or other characters.");
            return null;
        }

        return JsonNode.Scalar(JsonNodeKind.Number, start, _position, _text.Substring(start, _position - start));
    }

    private JsonNode? ReadLiteral(string literal, JsonNodeKind kind, ref JsonSyntaxError? error)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, start, literal, 0, literal.Length) != 0 || IsLetterOrDigit(CharAt(start + literal.Length)))
        {
            error = ErrorHere($"Expected a value ({literal}?), but found {Shown(Peek)}; strings are written in double quotes.");
            return null;
        }

        _position += literal.Length;
        return JsonNode.Scalar(kind, start, _position, null);
    }

    private bool Expect(char expected, string where, ref JsonSyntaxError? error)
    {
        if (Peek == expected && !AtEnd)
        {
            _position++;
            return true;
        }

        error = AtEnd
            ? ErrorHere($"The file ends where '{expected}' {where} was expected.")
            : ErrorHere($"Expected '{expected}' {where}, but found {Shown(Peek)}.");
        return false;
    }

    private void SkipWhitespace()
    {
        while (Peek is ' ' or '\t' or '\n' or '\r' && !AtEnd)
        {
            _position++;
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek))
        {
            _position++;
        }
    }

    private char CharAt(int index) => index < _text.Length ? _text[index] : End;

    private JsonSyntaxError ErrorHere(string message) =>
        new(new TextSpan(System.Math.Min(_position, _text.Length), AtEnd ? 0 : 1), message);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsLetterOrDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Shown(char c) => c < ' ' || c == '\u007f' ? $"'\\u{(int)c:x4}'" : $"'{c}'";
}

/// <summary>The first syntax error of a file: where it is and what is wrong.</summary>
internal readonly struct JsonSyntaxError
{
    public JsonSyntaxError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}
