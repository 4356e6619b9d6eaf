using System.Collections.Generic;
using System.Text.Json;

namespace AseanUn.Json;

/// <summary>
/// A JSON value with where it stands in the document: its kind, its byte range, and its children. The importer reads
/// the whole document into these first, so every problem it finds later can be reported with a line and column.
/// </summary>
internal sealed class PositionedNode
{
    public PositionedNode(JsonValueKind kind, int start)
    {
        Kind = kind;
        Start = start;
        if (kind == JsonValueKind.Object)
        {
            Properties = [];
        }
        else if (kind == JsonValueKind.Array)
        {
            Items = [];
        }
    }

    /// <summary>Gets the kind of value.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>Gets the byte offset of the value's first byte (a quote, bracket, brace, digit or letter).</summary>
    public int Start { get; }

    /// <summary>Gets or sets the byte offset just after the value.</summary>
    public int End { get; set; }

    /// <summary>Gets or sets the text of a string value.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets whether a number is a whole number that fits an <see cref="int"/>.</summary>
    public bool IsInt32 { get; set; }

    /// <summary>Gets or sets whether a number fits a <see cref="decimal"/>.</summary>
    public bool IsDecimal { get; set; }

    // Most values are strings and numbers; only objects and arrays get lists.
    private static readonly List<PositionedProperty> NoProperties = [];
    private static readonly List<PositionedNode> NoItems = [];

    /// <summary>Gets the properties of an object, in document order (repeats included); empty for other values.</summary>
    public List<PositionedProperty> Properties { get; private set; } = NoProperties;

    /// <summary>Gets the items of an array; empty for other values.</summary>
    public List<PositionedNode> Items { get; private set; } = NoItems;

    /// <summary>Returns the value of the first property named <paramref name="name"/>, if any.</summary>
    public PositionedNode? Property(string name) => Properties.Find(p => p.Name == name)?.Value;

    /// <summary>Describes the kind for a message: "a string", "an object", "null"…</summary>
    public string Describe() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}

/// <summary>A property of a JSON object: its name, where the name stands, and its value.</summary>
internal sealed record PositionedProperty(string Name, int NameStart, PositionedNode Value);
