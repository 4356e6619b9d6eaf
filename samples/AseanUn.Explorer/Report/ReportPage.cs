using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanUn.Explorer.Chart;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Json;
using AseanUn.Presentation;

namespace AseanUn.Explorer.Report;

/// <summary>
/// Writes the report page: one self-contained HTML file whose data is the library's JSON export of the dataset, with
/// the library's view of it (labels, lanes, dates, search keys, relations: <see cref="PageView"/>, so the script
/// repeats no rule of the library), the source paragraphs the records cite, the chart's labels for the important marks, its own style sheet and script
/// inline (admitted by hash, <see cref="PagePolicy"/>), and a static listing for readers without JavaScript. Nothing in
/// it loads anything from anywhere.
/// </summary>
internal static partial class ReportPage
{
    /// <summary>Returns the page for <paramref name="dataset"/> as UTF-8 bytes.</summary>
    public static byte[] Write(PartnershipDataset dataset)
    {
        var title = $"ASEAN–UN Comprehensive Partnership, edition {EditionText.Of(dataset)}";
        // The elements' text exactly as the policy hashes it.
        var style = "\n" + PageAssets.Style;
        var script = "\n" + PageAssets.Script;
        var values = new Dictionary<string, string>
        {
            ["POLICY"] = Html(PagePolicy.For(style, script)),
            ["TITLE"] = Html(title),
            ["LEAD"] = Html($"{dataset.Records.Count} records as of {dataset.AsOf}, every one citing the paragraphs of the source it comes from."),
            ["FOOTER"] = Html($"Data: the AseanUn dataset, edition {EditionText.Of(dataset)} (its JSON export is embedded in this page). " +
                "Quoted paragraphs are from the source documents the records cite, with their numbers."),
            ["STYLE"] = style,
            ["SCRIPT"] = script,
            ["STATIC"] = StaticListing.Of(dataset),
            ["DATASET"] = Embeddable(DatasetJson.Export(dataset)),
            ["VIEW"] = Embeddable(JsonSerializer.Serialize(PageViews.Of(dataset), PageViewJsonContext.Default.PageView)),
            ["LABELS"] = Embeddable(JsonSerializer.Serialize(ChartLayout.LabelsOf(dataset), ReportJsonContext.Default.DictionaryStringString)),
            ["PARAGRAPHS"] = Embeddable(JsonSerializer.Serialize(SourceParagraphs.CitedIn(dataset), ReportJsonContext.Default.SortedDictionaryStringSortedDictionaryInt32String)),
        };

        // One pass over the template: text put in is never read again for placeholders.
        var page = Placeholder().Replace(PageAssets.Template, m => values[m.Groups[1].Value]);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(page);
    }

    // JSON inside a <script> element ends at the first "</script"; '<' only occurs inside JSON strings, where \u003c
    // means the same character, so escaping it keeps the document equal to the export.
    private static string Embeddable(string json) => json.Replace("<", "\\u003c", System.StringComparison.Ordinal);

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\{\{([A-Z]+)\}\}")]
    private static partial Regex Placeholder();
}
