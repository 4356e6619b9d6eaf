using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using AseanUn.Explorer.Records;
using AseanUn.Model;

namespace AseanUn.Explorer.Report;

/// <summary>
/// The page without its script: the dated records in timeline order, the code tree with record counts, and every other
/// record by type, as plain HTML tables and lists (shown in <c>&lt;noscript&gt;</c>).
/// </summary>
internal static class StaticListing
{
    /// <summary>Returns the HTML of the listing.</summary>
    public static string Of(PartnershipDataset dataset)
    {
        var html = new StringBuilder();
        html.Append("<section aria-labelledby=\"static-timeline\"><h2 id=\"static-timeline\">Timeline</h2>\n");
        html.Append("<table class=\"static\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Kind</th><th scope=\"col\">Title</th><th scope=\"col\">Action lines</th><th scope=\"col\">Sources</th></tr></thead><tbody>\n");
        foreach (var entry in dataset.Timeline)
        {
            html.Append("<tr id=\"r-").Append(E(entry.Record.Id)).Append("\"><td>").Append(E(entry.Date.ToString())).Append("</td><td>").Append(E(entry.Kind))
                .Append("</td><td>").Append(E(entry.Title)).Append("</td><td>").Append(E(string.Join(" ", RecordText.ActionLinesOf(entry.Record))))
                .Append("</td><td>").Append(E(Sources(entry.Record))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
        html.Append("<section aria-labelledby=\"static-codes\"><h2 id=\"static-codes\">Codes (records tagged under each)</h2>\n<ul>");
        foreach (var pillar in dataset.Pillars)
        {
            Item(html, pillar.Code, pillar.Name, dataset.RecordsUnderPillar(pillar.Code).Count);
            html.Append("<ul>");
            foreach (var area in dataset.AreasOf(pillar.Code))
            {
                Item(html, area.Code, area.Name, dataset.RecordsUnderArea(area.Code).Count);
                html.Append("<ul>");
                foreach (var line in dataset.ActionLinesOf(area.Code))
                {
                    Item(html, line.Code, line.Name, dataset.RecordsUnderActionLine(line.Code).Count);
                    html.Append("</li>");
                }

                html.Append("</ul></li>");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul></section>\n");
        foreach (var group in dataset.Records.Where(r => TimelineEntryDate(r) is null && r is not (Pillar or Area or ActionLine)).GroupBy(RecordText.TypeOf))
        {
            html.Append("<section><h2>").Append(E(group.Key)).Append("</h2><ul>\n");
            foreach (var record in group)
            {
                html.Append("<li id=\"r-").Append(E(record.Id)).Append("\">").Append(E(record.Label)).Append(" <small>(").Append(E(Sources(record))).Append(")</small></li>\n");
            }

            html.Append("</ul></section>\n");
        }

        return html.ToString();
    }

    private static Queries.TimelineEntry? TimelineEntryDate(PartnershipRecord record) =>
        Queries.TimelineEntry.DateOf(record) is { } date ? new Queries.TimelineEntry(date, record) : null;

    private static void Item(StringBuilder html, string code, string name, int count) =>
        html.Append("<li>").Append(E(code)).Append(' ').Append(E(name)).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(')');

    private static string Sources(PartnershipRecord record) => string.Join(", ", record.Sources.Select(c => $"¶{c.Paragraph}"));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
