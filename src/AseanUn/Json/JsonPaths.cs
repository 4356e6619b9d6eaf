namespace AseanUn.Json;

/// <summary>Builds JSON paths: <c>$.records.events[3]</c>, with bracket notation for names that are not plain identifiers.</summary>
internal static class JsonPaths
{
    /// <summary>The path of the document root.</summary>
    public const string Root = "$";

    /// <summary>Returns the path of property <paramref name="name"/> of the value at <paramref name="path"/>.</summary>
    public static string Property(string path, string name) => IsIdentifier(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", System.StringComparison.Ordinal)}']";

    /// <summary>Returns the path of item <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

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
