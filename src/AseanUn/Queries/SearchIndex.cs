using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Utility;

namespace AseanUn.Queries;

/// <summary>
/// The folded search texts of every record, prepared once, and the ranking of matches.
/// </summary>
/// <remarks>
/// Text search has no key to look up (a query may be any part of a name), so it visits every record's prepared text;
/// what it avoids is folding or allocating per record at query time.
/// </remarks>
internal sealed class SearchIndex
{
    // Separates a record's texts in its joined text so that no query word matches across two of them.
    private const char Separator = '\u0001';

    private readonly PartnershipRecord[] _records;
    private readonly string[] _joined;
    private readonly string[][] _texts;

    public SearchIndex(PartnershipRecord[] records)
    {
        _records = records;
        _joined = new string[records.Length];
        _texts = new string[records.Length][];
        for (var i = 0; i < records.Length; i++)
        {
            var texts = records[i].SearchTexts().ConvertAll(TextFolding.Fold);
            _texts[i] = [.. texts];
            _joined[i] = string.Join(Separator, texts);
        }
    }

    /// <summary>Returns the folded text a query's words are looked for in, of the record at <paramref name="ordinal"/>: its texts joined by a separator no word matches across.</summary>
    public string KeyAt(int ordinal) => _joined[ordinal];

    /// <summary>Returns the records matching every word of <paramref name="query"/>, best matches first.</summary>
    public EquatableArray<PartnershipRecord> Search(string query)
    {
        var folded = TextFolding.Fold(query.Trim());
        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return default;
        }

        var phrase = string.Join(' ', words);
        var hits = new List<(int Rank, int Ordinal)>();
        for (var i = 0; i < _joined.Length; i++)
        {
            if (MatchesAll(_joined[i], words))
            {
                hits.Add((Rank(_texts[i], phrase), i));
            }
        }

        hits.Sort();
        var result = new PartnershipRecord[hits.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _records[hits[i].Ordinal];
        }

        return EquatableArray.TakeOwnership(result);
    }

    private static bool MatchesAll(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (!text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // 0: a text is the query; 1: a text starts with it; 2: a word of a text starts with it; 3: it occurs elsewhere.
    private static int Rank(string[] texts, string phrase)
    {
        var best = 3;
        foreach (var text in texts)
        {
            if (text == phrase)
            {
                return 0;
            }

            if (text.StartsWith(phrase, StringComparison.Ordinal))
            {
                best = Math.Min(best, 1);
            }
            else if (StartsAWord(text, phrase))
            {
                best = Math.Min(best, 2);
            }
        }

        return best;
    }

    private static bool StartsAWord(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
