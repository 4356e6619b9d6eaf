using System;
using System.IO;
using System.Text;

namespace AseanUn.Json;

/// <summary>Turns a string document into the UTF-8 bytes the importer reads, keeping what cannot be UTF-8 visible.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// Encodes <paramref name="text"/> as UTF-8. A lone surrogate (half of a UTF-16 pair) has no UTF-8 form:
    /// <see cref="Encoding.UTF8"/> would silently replace it with U+FFFD, so the string overloads would load text the
    /// byte overloads reject. It is written instead as the three bytes its code unit would take (as WTF-8 does), which
    /// are not valid UTF-8, so the reader rejects it in both overloads, at the same place, for the same reason.
    /// </summary>
    public static byte[] Encode(string text)
    {
        var lone = IndexOfLoneSurrogate(text, 0);
        if (lone < 0)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        using var bytes = new MemoryStream(Encoding.UTF8.GetMaxByteCount(text.Length));
        var start = 0;
        while (lone >= 0)
        {
            bytes.Write(Encoding.UTF8.GetBytes(text, start, lone - start));
            var unit = text[lone];
            bytes.WriteByte((byte)(0xE0 | (unit >> 12)));
            bytes.WriteByte((byte)(0x80 | ((unit >> 6) & 0x3F)));
            bytes.WriteByte((byte)(0x80 | (unit & 0x3F)));
            start = lone + 1;
            lone = IndexOfLoneSurrogate(text, start);
        }

        bytes.Write(Encoding.UTF8.GetBytes(text, start, text.Length - start));
        return bytes.ToArray();
    }

    private static int IndexOfLoneSurrogate(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
