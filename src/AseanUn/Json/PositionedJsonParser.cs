using System;
using System.Collections.Generic;
using System.Text.Json;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Reads a whole UTF-8 JSON document into <see cref="PositionedNode"/>s with <see cref="Utf8JsonReader"/>, or says
/// exactly where it stops being JSON.
/// </summary>
internal sealed class PositionedJsonParser
{
    private readonly byte[] _utf8;

    // The arrays and objects open around the value being read, each with the property or item being read in it, so a
    // syntax error can say where in the document's structure it is. Kept as frames, not paths: a path is made only
    // for an error, never for each of a large document's values.
    private readonly List<Frame> _open = [];

    // How many arrays and objects are open around the value being read.
    private int _depth;

    private PositionedJsonParser(byte[] utf8) => _utf8 = utf8;

    /// <summary>Parses <paramref name="utf8"/>; on a syntax error returns <see langword="null"/> and describes the error.</summary>
    public static PositionedNode? Parse(byte[] utf8, LineMap lines, out DatasetProblem? error)
    {
        var parser = new PositionedJsonParser(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DatasetJsonOptions.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The document is empty.", null, 0, 0);
            }

            var root = parser.ReadValue(ref reader);
            reader.Read(); // throws if anything but white space follows the root value
            error = null;
            return root;
        }
        catch (JsonException exception)
        {
            var offset = lines.OffsetOf(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            // The reader stops at the bracket that would open one level too many.
            var tooDeep = parser._depth >= DatasetJsonOptions.MaxDepth && offset < utf8.Length && utf8[offset] is (byte)'[' or (byte)'{';
            var kind = tooDeep ? DatasetProblemKind.LimitExceeded : DatasetProblemKind.MalformedJson;
            var atEnd = utf8.AsSpan(Math.Min(offset, utf8.Length)).Trim(" \t\r\n"u8).IsEmpty;
            error = lines.ProblemAt(offset, kind, parser.CurrentPath(), PlainMessage(exception.Message, atEnd && parser._depth > 0));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Text that is not valid UTF-8 (or an escaped half of a surrogate pair) inside a string: say so, not the reader's words.
            error = lines.ProblemAt((int)reader.TokenStartIndex, DatasetProblemKind.MalformedJson, parser.CurrentPath(),
                "This string is not valid Unicode text: it holds bytes that are not UTF-8 or half of a surrogate pair (e.g. a lone \\ud800).");
            return null;
        }
    }

    private PositionedNode ReadValue(ref Utf8JsonReader reader)
    {
        var node = new PositionedNode(KindOf(reader.TokenType), (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                _depth++;
                _open.Add(new Frame(node, null, false));
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var nameStart = (int)reader.TokenStartIndex;
                    _open[^1] = new Frame(node, name, true);
                    reader.Read();
                    node.Properties.Add(new PositionedProperty(name, nameStart, ReadValue(ref reader)));
                    _open[^1] = new Frame(node, null, false);
                }

                _open.RemoveAt(_open.Count - 1);
                _depth--;
                break;
            case JsonTokenType.StartArray:
                _depth++;
                _open.Add(new Frame(node, null, false));
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    _open[^1] = new Frame(node, null, true);
                    node.Items.Add(ReadValue(ref reader));
                    _open[^1] = new Frame(node, null, false);
                }

                _open.RemoveAt(_open.Count - 1);
                _depth--;
                break;
            case JsonTokenType.String:
                node.Text = reader.GetString();
                break;
            case JsonTokenType.Number:
                node.IsInt32 = reader.TryGetInt32(out _);
                node.IsDecimal = reader.TryGetDecimal(out _);
                break;
        }

        node.End = (int)reader.BytesConsumed;
        return node;
    }

    /// <summary>Gets the path of the value being read when the error struck.</summary>
    private string CurrentPath()
    {
        var path = JsonPath.Root;
        foreach (var frame in _open)
        {
            if (frame.InValue)
            {
                path = frame.Name is { } name ? path.Property(name) : path.Item(frame.Container.Items.Count);
            }
        }

        return path.ToString();
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    // The reader appends its own 0-based position; the problem carries a 1-based one instead, and plain words.
    private static string PlainMessage(string message, bool endsOpen)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return JsonSyntaxWording.Plain(position > 0 ? message[..position].TrimEnd() : message, endsOpen);
    }

    /// <summary>An open array or object, and the property (by name) or item (by count) being read in it, if any.</summary>
    private readonly record struct Frame(PositionedNode Container, string? Name, bool InValue);
}
