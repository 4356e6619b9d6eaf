using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Where a set of names is written in source: the start of every identifier (or keyword) equal to one of them. The
/// text is searched (vectorised) for each name that contains no other — an identifier that holds a name's text is then
/// read whole and compared — so that text naming none is passed over at the speed of memory; no syntax node is visited,
/// no string made per identifier. Names in comments and strings are found too (the caller tells them apart), and every
/// Unicode escape (<c>\u</c>, <c>\U</c>) counts as a name, so that an identifier written with one is not missed. A call
/// name (a keyword such as <c>new</c> or <c>base</c>) counts only where an opening parenthesis follows it (or a comment
/// might come first).
/// </summary>
internal sealed class SourceNames
{
    private static readonly string[] Escapes = ["\\u", "\\U"];

    // The names by length, so that an identifier is compared only with names as long as itself.
    private readonly string[][] _byLength;
    private readonly HashSet<string> _callNames;

    // The texts searched for: every name that does not contain another (an identifier that contains one contains both).
    private readonly string[] _anchors;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <param name="names">The names to find.</param>
    /// <param name="callNames">Further names to find only where a call's parenthesis follows them.</param>
    public SourceNames(IEnumerable<string> names, IEnumerable<string>? callNames = null)
    {
        _callNames = new HashSet<string>(callNames ?? [], StringComparer.Ordinal);
        var all = names.Concat(_callNames).Where(name => name.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var byLength = new List<string>[1];
        foreach (var name in all)
        {
            if (name.Length >= byLength.Length)
            {
                Array.Resize(ref byLength, name.Length + 1);
            }

            (byLength[name.Length] ??= []).Add(name);
        }

        _byLength = Array.ConvertAll(byLength, list => list?.ToArray() ?? []);
        _anchors = [.. all.Where(name => !all.Any(other => other.Length < name.Length && name.IndexOf(other, StringComparison.Ordinal) >= 0))];
    }

    /// <summary>Returns the start of every occurrence of a name in <paramref name="tree"/>, in order.</summary>
    public int[] Find(SyntaxTree tree)
    {
        var text = tree.GetText();
        var length = text.Length;
        var buffer = t_buffer is { } b && b.Length >= length ? b : t_buffer = new char[Math.Max(length, 4096)];
        text.CopyTo(0, buffer, 0, length);
        var span = new ReadOnlySpan<char>(buffer, 0, length);
        List<int>? found = null;
        foreach (var anchor in _anchors)
        {
            for (var at = span.IndexOf(anchor.AsSpan()); at >= 0; at = Next(span, anchor, at))
            {
                var start = at;
                while (start > 0 && IsIdentifierPart(buffer[start - 1]))
                {
                    start--;
                }

                var end = at + anchor.Length;
                while (end < length && IsIdentifierPart(buffer[end]))
                {
                    end++;
                }

                if (IsName(buffer, start, end - start, length))
                {
                    (found ??= []).Add(start);
                }
            }
        }

        // An identifier written with a Unicode escape is not read: it counts as a name.
        foreach (var escape in Escapes)
        {
            for (var at = span.IndexOf(escape.AsSpan()); at >= 0; at = Next(span, escape, at))
            {
                var start = at;
                while (start > 0 && (IsIdentifierPart(buffer[start - 1]) || (buffer[start - 1] == '\\' && buffer[start] is 'u' or 'U')))
                {
                    start--;
                }

                (found ??= []).Add(start);
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort();
        return [.. found.Distinct()];
    }

    private static int Next(ReadOnlySpan<char> span, string text, int at)
    {
        var from = at + 1;
        var next = span.Slice(from).IndexOf(text.AsSpan());
        return next < 0 ? -1 : from + next;
    }

    private bool IsName(char[] buffer, int start, int length, int textLength)
    {
        if (length >= _byLength.Length)
        {
            return false;
        }

        foreach (var name in _byLength[length])
        {
            if (Same(name, buffer, start))
            {
                return !_callNames.Contains(name) || CallFollows(buffer, start + length, textLength);
            }
        }

        return false;
    }

    private static bool CallFollows(char[] buffer, int i, int length)
    {
        while (i < length && char.IsWhiteSpace(buffer[i]))
        {
            i++;
        }

        return i < length && buffer[i] is '(' or '/';
    }

    private static bool Same(string name, char[] buffer, int start)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' || (c > 127 && char.IsLetterOrDigit(c));
}
