using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Explorer.Json;

/// <summary>One citation in <c>--json</c>: the source document, the paragraph cited, and where to read the document.</summary>
/// <param name="Document">The source document's record id, e.g. <c>overview-2017</c>.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Paragraph">The numbered paragraph cited; left out when the document is cited as a whole.</param>
/// <param name="Url">The document's public address, when it has one.</param>
internal sealed record SourceItem(string Document, string Title, int? Paragraph, string? Url)
{
    /// <summary>Returns one item per citation, in the order given.</summary>
    public static List<SourceItem> Of(PartnershipDataset dataset, IEnumerable<Citation> citations) =>
    [
        .. citations.Select(c => dataset.TryGetRecord(c.DocumentId, out var record) && record is SourceDocument document
            ? new SourceItem(c.DocumentId, document.Title, c.Paragraph, document.Url)
            : new SourceItem(c.DocumentId, c.DocumentId, c.Paragraph, null)),
    ];
}
