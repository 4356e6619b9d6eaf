using System.Text;

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
    public override string ToString() => Append(new StringBuilder()).ToString();

    private StringBuilder Append(StringBuilder path)
    {
        if (_parent is null)
        {
            return path.Append('$');
        }

        _parent.Append(path);
        if (_name is null)
        {
            return path.Append('[').Append(_index).Append(']');
        }

        return IsIdentifier(_name) ? path.Append('.').Append(_name) : path.Append("['").Append(_name.Replace("'", "\\'", System.StringComparison.Ordinal)).Append("']");
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
