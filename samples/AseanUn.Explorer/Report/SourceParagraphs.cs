using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AseanUn.Model;

namespace AseanUn.Explorer.Report;

/// <summary>
/// The numbered paragraphs of the source documents whose text ships with the explorer (<c>Report/Sources/ID.txt</c>,
/// embedded as resources, one file per source document id), so the report page can quote what each record cites.
/// </summary>
/// <remarks>
/// Only the built-in report's text ships; a document merged in from a file has no text here, and the page says so
/// where it would quote it. A paragraph is a line that starts with its number and a full stop (<c>17. At the …</c>);
/// headings between paragraphs are not quoted.
/// </remarks>
internal static partial class SourceParagraphs
{
    private const string ResourcePrefix = "AseanUn.Explorer.Report.Sources.";

    /// <summary>Returns, per source document, the text of every paragraph a record of <paramref name="dataset"/> cites, when the document's text ships.</summary>
    public static SortedDictionary<string, SortedDictionary<int, string>> CitedIn(PartnershipDataset dataset)
    {
        var cited = dataset.Records.SelectMany(r => r.Sources).Distinct().Where(c => c.Paragraph is not null).ToLookup(c => c.DocumentId, c => c.Paragraph!.Value);
        var quoted = new SortedDictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
        foreach (var document in cited)
        {
            if (Read(document.Key) is not { } text)
            {
                continue;
            }

            var all = Parse(text);
            quoted[document.Key] = new SortedDictionary<int, string>(document.Where(all.ContainsKey).ToDictionary(n => n, n => all[n]));
        }

        return quoted;
    }

    /// <summary>Returns the paragraphs of a document's text by number.</summary>
    public static Dictionary<int, string> Parse(string text) =>
        text.Split('\n')
            .Select(line => ParagraphLine().Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value.Trim());

    /// <summary>Returns the shipped text of the source document <paramref name="documentId"/>, or <see langword="null"/> if none ships.</summary>
    public static string? Read(string documentId)
    {
        using var stream = typeof(SourceParagraphs).Assembly.GetManifestResourceStream(ResourcePrefix + documentId + ".txt");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{1,4})\.\s+(\S.*)$")]
    private static partial Regex ParagraphLine();
}
