using System.Collections.Generic;
using System.Text;
using AseanUn.Rules;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// The shape every code has, as the shared <see cref="CodeRules"/> define it for the library and the analyzers alike,
/// and the turning of a near miss ("ps-1-02") into that shape, for suggestions.
/// </summary>
internal static class CodeShape
{
    /// <summary>Returns whether <paramref name="value"/> is a well-formed code of the level <paramref name="kind"/> names.</summary>
    public static bool IsWellFormed(string value, CodeKind kind) => CodeRules.IsWellFormed(value, (int)kind);

    /// <summary>
    /// Gets the well-formed spelling of a near miss, or <see langword="null"/> when there is none. A code of a deeper
    /// level gives its ancestor of the wanted level: "SC.1.2" where a pillar is wanted gives "SC".
    /// </summary>
    public static string? Normalize(string value, CodeKind kind)
    {
        var segments = SplitLoosely(value);
        if (segments.Count < (int)kind)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(segments[0].ToUpperInvariant());
        for (var i = 1; i < (int)kind; i++)
        {
            var number = segments[i].TrimStart('0');
            builder.Append('.').Append(number);
        }

        var normalized = builder.ToString();
        return IsWellFormed(normalized, kind) ? normalized : null;
    }

    /// <summary>Gets the number of the last segment, or -1 when it is not a number.</summary>
    public static int LastNumberOf(string code)
    {
        var last = code.Substring(code.LastIndexOf('.') + 1);
        return int.TryParse(last, out var number) ? number : -1;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    // Splits at any run of separators and between letters and digits: "ps-1-02" and "PS1.2" both give PS, 1, 2.
    private static List<string> SplitLoosely(string value)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        foreach (var c in value)
        {
            var startsNewSegment = current.Length > 0
                && (IsAsciiDigit(c) && IsAsciiLetter(current[current.Length - 1])
                    || IsAsciiLetter(c) && IsAsciiDigit(current[current.Length - 1]));
            if (!IsAsciiLetter(c) && !IsAsciiDigit(c) || startsNewSegment)
            {
                if (current.Length > 0)
                {
                    segments.Add(current.ToString());
                    current.Clear();
                }

                if (!startsNewSegment)
                {
                    continue;
                }
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            segments.Add(current.ToString());
        }

        return segments;
    }
}
