using System.Globalization;
using System.Text;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Makes text from data safe to print on a terminal: control characters are shown as <c>\u001b</c>-style escapes
/// instead of being sent, so a record's title or a file's content cannot retitle the window, clear the screen, move
/// the cursor or overprint a result line. Every human-readable line the explorer prints passes through here
/// (<see cref="Listing"/>, <see cref="ExplorerContext.WriteLine"/>, the error writer); <c>--json</c> output does not,
/// since JSON escapes control characters itself.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> with every character <see cref="IsUnsafe"/> shows as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Returns whether <paramref name="c"/> would act on a terminal rather than show: the C0 controls (escape, bell,
    /// backspace, carriage return, line feed, tab…), delete, the C1 controls (U+0080–U+009F, among them the one-byte
    /// CSI) and the bidirectional overrides and isolates that reorder how a line reads.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
