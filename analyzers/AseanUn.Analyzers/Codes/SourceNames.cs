using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Where a set of names is written in source: the start of every identifier (or keyword) equal to one of them, found
/// by one pass over a tree's text — no syntax node is visited, no string made per identifier. Names in comments and
/// strings are found too (the caller tells them apart), and an identifier written with a Unicode escape counts as one
/// of the names, so that nothing is missed.
/// </summary>
internal sealed class SourceNames
{
    // The names by length, so that an identifier is compared only with names as long as itself.
    private readonly string[][] _byLength;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <param name="names">The names to find.</param>
    public SourceNames(IEnumerable<string> names)
    {
        var byLength = new List<string>[1];
        foreach (var name in names)
        {
            if (name.Length >= byLength.Length)
            {
                Array.Resize(ref byLength, name.Length + 1);
            }

            (byLength[name.Length] ??= []).Add(name);
        }

        _byLength = Array.ConvertAll(byLength, list => list?.ToArray() ?? []);
    }

    /// <summary>Returns the start of every occurrence of a name in <paramref name="tree"/>, in order.</summary>
    public int[] Find(SyntaxTree tree)
    {
        var text = tree.GetText();
        var buffer = t_buffer is { } b && b.Length >= text.Length ? b : t_buffer = new char[Math.Max(text.Length, 4096)];
        text.CopyTo(0, buffer, 0, text.Length);
        List<int>? found = null;
        for (var i = 0; i < text.Length;)
        {
            if (!IsIdentifierStart(buffer[i]) && !IsEscape(buffer, i, text.Length))
            {
                i++;
                continue;
            }

            // An identifier written with a Unicode escape is not read: it counts as a name.
            var start = i;
            var escaped = false;
            for (; i < text.Length; i++)
            {
                if (IsEscape(buffer, i, text.Length))
                {
                    escaped = true;
                }
                else if (!IsIdentifierPart(buffer[i]))
                {
                    break;
                }
            }

            if (escaped || IsName(buffer, start, i - start))
            {
                (found ??= []).Add(start);
            }
        }

        return found?.ToArray() ?? [];
    }

    private bool IsName(char[] buffer, int start, int length)
    {
        if (length >= _byLength.Length)
        {
            return false;
        }

        foreach (var name in _byLength[length])
        {
            if (Same(name, buffer, start))
            {
                return true;
            }
        }

        return false;
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

    private static bool IsEscape(char[] buffer, int i, int length) => buffer[i] == '\\' && i + 1 < length && buffer[i + 1] is 'u' or 'U';

    private static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' || (c > 127 && char.IsLetterOrDigit(c));
}
