using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AseanUn.Generators;

/// <summary>The first paragraph of a symbol's <c>&lt;summary&gt;</c>, as plain text, for the field table, the schema and the docs.</summary>
internal static class XmlSummary
{
    private static readonly Regex Space = new(@"\s+");

    /// <summary>Returns the summary of <paramref name="symbol"/> as a sentence, <c>Gets the title…</c> becoming <c>The title…</c>; empty without documentation.</summary>
    public static string Of(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return "";
        }

        XElement? summary;
        try
        {
            summary = XDocument.Parse(xml).Descendants("summary").FirstOrDefault();
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }

        if (summary is null)
        {
            return "";
        }

        var text = Space.Replace(string.Concat(summary.Nodes().Select(Text)), " ").Trim();
        if (text.StartsWith("Gets ", System.StringComparison.Ordinal) && !text.StartsWith("Gets or sets ", System.StringComparison.Ordinal))
        {
            text = char.ToUpperInvariant(text[5]) + text.Substring(6);
        }

        return text;
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
        XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("cref") is { } cref => cref.Value.Substring(cref.Value.LastIndexOf('.') + 1),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
        XElement element => string.Concat(element.Nodes().Select(Text)),
        _ => "",
    };
}
