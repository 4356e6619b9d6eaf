using System;
using System.Globalization;
using System.Text;

namespace AseanUn.Rules;

/// <summary>
/// Text from a user's input made fit to repeat in a message, written once for the library's errors and the analyzers'
/// diagnostics: cut to a readable length, and with every character that could restyle a terminal or reorder what is
/// shown written out visibly, so a message shows what was written and cannot be turned against its reader.
/// </summary>
/// <remarks>
/// Control characters (<c>ESC</c>, line feeds), format characters (bidirectional overrides, zero-width marks), line and
/// paragraph separators and unpaired surrogates are each shown as a <c>\uXXXX</c> escape. A text longer than
/// <see cref="MaxLength"/> characters is cut there and ends in an ellipsis; a surrogate pair is never split.
/// </remarks>
internal static class ReadableText
{
    /// <summary>The most characters of the input a message repeats.</summary>
    public const int MaxLength = 64;

    /// <summary>What ends a text that was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>Gets <paramref name="text"/> as a message should show it: cut to <see cref="MaxLength"/> characters, escaped.</summary>
    public static string Of(string text) => Of(text.AsSpan());

    /// <inheritdoc cref="Of(string)"/>
    public static string Of(ReadOnlySpan<char> text)
    {
        var cut = text.Length > MaxLength;
        var shown = cut ? text.Slice(0, char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength) : text;
        if (!cut && !NeedsEscape(shown))
        {
            return shown.ToString();
        }

        var builder = Escaped(shown, new StringBuilder(shown.Length + Ellipsis.Length));
        return cut ? builder.Append(Ellipsis).ToString() : builder.ToString();
    }

    /// <summary>
    /// Gets <paramref name="text"/> whole with its hidden characters escaped, for output that must show all of it (a
    /// terminal listing), where <see cref="Of(string)"/> would cut it.
    /// </summary>
    public static string Escape(string text) =>
        NeedsEscape(text.AsSpan()) ? Escaped(text.AsSpan(), new StringBuilder(text.Length + 16)).ToString() : text;

    /// <summary>
    /// Returns whether <paramref name="c"/> cannot be seen as written: a control character (escape, line feed, the C1
    /// controls), a format character (bidirectional overrides, zero-width marks) or a line or paragraph separator.
    /// </summary>
    public static bool IsHidden(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static StringBuilder Escaped(ReadOnlySpan<char> shown, StringBuilder builder)
    {
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[++i]);
            }
            else if (IsHidden(c) || char.IsSurrogate(c))
            {
                // A surrogate reaches here only when it is unpaired.
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder;
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
