using System;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// Where a token stands in a file's text, as editors count: 1-based line and column, columns in UTF-16 code units. Tests
/// find the offending token themselves and work out its position here, apart from the library's own position tracking.
/// </summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Returns the position of the <paramref name="occurrence"/>-th (0-based) appearance of <paramref name="token"/>.</summary>
    public static TextPosition Of(string text, string token, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(token, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{token}' does not appear {occurrence + 1} times in the file.");
        }

        return At(text, index);
    }

    /// <summary>Returns the position of the character at <paramref name="index"/>.</summary>
    public static TextPosition At(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new TextPosition(line, index - lineStart + 1);
    }

    public override string ToString() => $"{Line}:{Column}";
}
