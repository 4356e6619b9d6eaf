using System;

namespace AseanUn.Utility;

/// <summary>
/// Folds text for case- and diacritic-insensitive matching: <c>Lê Lương Minh</c>, <c>LE LUONG MINH</c> and
/// <c>le luong minh</c> fold alike. Each character folds to exactly one character, so folding never changes lengths
/// and comparisons need no buffers.
/// </summary>
/// <remarks>
/// The table is precomputed (Unicode canonical decomposition, base letter kept, lower-cased) rather than built with
/// <see cref="string.Normalize()"/> at run time, so folding behaves the same with invariant globalization and under AOT.
/// Typographic quotes and dashes fold to their ASCII forms so that "Children's" finds "Children’s".
/// </remarks>
internal static class TextFolding
{
    // Latin-1 Supplement, Latin Extended-A and -B (U+00C0–U+024F); '.' means "no ASCII base letter: lower-case only".
    private const string Latin =
        "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll" +
        "lllnnnnnn...oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz." +
        "b.........................l.....oo.............uu..............." +
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................";

    // Latin Extended Additional (U+1E00–U+1EFF): Vietnamese names live here.
    private const string LatinAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>Folds one character.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        var folded = c switch
        {
            >= '\u00C0' and <= '\u024F' => Latin[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - 0x1E00],
            '\u2018' or '\u2019' or '\u02BC' => '\'',
            '\u201C' or '\u201D' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
            _ => '.',
        };
        return folded == '.' ? char.ToLowerInvariant(c) : folded;
    }

    /// <summary>Returns the folded form of <paramref name="text"/> (allocates).</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });

    /// <summary>Returns whether two texts fold alike, without allocating.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && Fold(left[i]) != Fold(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash code consistent with <see cref="FoldedEquals"/>, without allocating.</summary>
    public static int FoldedHashCode(ReadOnlySpan<char> text)
    {
        var hash = new HashCode();
        foreach (var c in text)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }
}
