using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace AseanUn.Analyzers.JsonData;

/// <summary>What a JSON value is, as the positioned reader sees it.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value read from a data file, with where it stands in the file's text, so each problem found in it can be
/// reported at its own line and column.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonNodeKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>Gets the offset of the value's first character in the text.</summary>
    public int Start { get; }

    /// <summary>Gets the offset just past the value's last character.</summary>
    public int End { get; private set; }

    /// <summary>Gets a string's value (escapes resolved) or a number's text; <see langword="null"/> for other kinds.</summary>
    public string? Text { get; private set; }

    /// <summary>Gets an object's members in file order (empty for other kinds).</summary>
    public List<JsonMember> Members { get; } = new();

    /// <summary>Gets an array's items in file order (empty for other kinds).</summary>
    public List<JsonNode> Items { get; } = new();

    /// <summary>Gets the span of a scalar, or of the opening bracket of an object or array (a place one character wide).</summary>
    public TextSpan Anchor => Kind is JsonNodeKind.Object or JsonNodeKind.Array ? new TextSpan(Start, 1) : TextSpan.FromBounds(Start, End);

    public static JsonNode Open(JsonNodeKind kind, int start) => new(kind, start);

    public static JsonNode Scalar(JsonNodeKind kind, int start, int end, string? text) => new(kind, start) { End = end, Text = text };

    public void Close(int end) => End = end;

    /// <summary>Returns the first member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public JsonNode? Member(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member.Value;
            }
        }

        return null;
    }

    /// <summary>Describes the value for a message: "a string", "an object", "null" …</summary>
    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True or JsonNodeKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>A property of a JSON object: its name, where the name stands, and its value.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>Gets the span of the name, quotes included.</summary>
    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}
