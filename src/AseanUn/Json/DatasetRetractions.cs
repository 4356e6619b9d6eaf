using System;
using System.Collections.Generic;
using System.Text.Json;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// The retractions of a document: those an export lists (<c>retractions</c>), checked against the records, and those
/// its updates make; the dataset read keeps all of them, after the ones of the dataset merged into, without the
/// records they withdraw.
/// </summary>
internal static class DatasetRetractions
{
    /// <summary>Reads and checks the document's own <c>retractions</c>, reporting each problem at its place; <paramref name="find"/> finds a record of the dataset read by id.</summary>
    public static EquatableArray<Retraction> Read(PositionedNode root, byte[] utf8, JsonShapeChecker checker, Func<string, PartnershipRecord?> find)
    {
        if (root.Property("retractions") is not { Kind: JsonValueKind.Array } node)
        {
            return default;
        }

        var retractions = JsonSerializer.Deserialize(utf8.AsSpan(node.Start, node.End - node.Start), DatasetJsonContext.Default.EquatableArrayRetraction);
        var path = JsonPath.Root.Property("retractions");
        for (var i = 0; i < retractions.Count; i++)
        {
            Check(retractions[i], node.Items[i], path.Item(i), checker, find);
        }

        return retractions;
    }

    /// <summary>Returns <paramref name="dataset"/> with <paramref name="fromDocument"/> and <paramref name="fromUpdates"/> added to its own and the records they withdraw left out.</summary>
    public static PartnershipDataset Apply(PartnershipDataset dataset, EquatableArray<Retraction> fromDocument, List<Retraction> fromUpdates)
    {
        if (fromDocument.IsEmpty && fromUpdates.Count == 0)
        {
            return dataset;
        }

        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var retraction in fromUpdates)
        {
            if (retraction.Property is null)
            {
                removed.Add(retraction.RecordId);
            }
        }

        var kept = removed.Count == 0 ? dataset : dataset.Without(removed);
        return kept.WithRetractions([.. dataset.Retractions, .. fromDocument, .. fromUpdates]);
    }

    private static void Check(Retraction retraction, PositionedNode node, JsonPath path, JsonShapeChecker checker, Func<string, PartnershipRecord?> find)
    {
        void Report(DatasetProblemKind kind, string property, string message) =>
            checker.Report(kind, path.Property(property), (node.Property(property) ?? node).Start, message);

        var record = find(retraction.RecordId);
        if (retraction.Property is null && record is not null)
        {
            Report(DatasetProblemKind.InvalidValue, "recordId", $"{Quoted.Of(retraction.RecordId)} is retracted as a whole, yet the dataset holds it; a retracted record is left out.");
        }
        else if (retraction.Property is { } property && (record is null || StatementValues.PropertyProblem(record.GetType(), property) is not null))
        {
            Report(DatasetProblemKind.DanglingReference, record is null ? "recordId" : "property", record is null
                ? $"{Quoted.Of(retraction.RecordId)} names no record, so none of its values can be retracted."
                : StatementValues.PropertyProblem(record.GetType(), property)!);
        }

        if (string.IsNullOrWhiteSpace(retraction.Reason))
        {
            Report(DatasetProblemKind.InvalidValue, "reason", "A retraction says why the value or record is withdrawn; the reason is empty.");
        }

        if (retraction.Evidence.IsEmpty)
        {
            Report(DatasetProblemKind.MissingCitation, "evidence", "A retraction cites the source that withdraws the value or record; 'evidence' is empty.");
        }

        for (var e = 0; e < retraction.Evidence.Count; e++)
        {
            var evidence = retraction.Evidence[e];
            var at = node.Property("evidence")!.Items[e];
            var itemPath = path.Property("evidence").Item(e);
            if (CitationProblem(evidence.Citation, find) is { } problem)
            {
                checker.Report(problem.Kind, itemPath.Property("citation"), (at.Property("citation") ?? at).Start, problem.Message);
            }

            if (evidence.Quote is { Length: > Evidence.MaxQuoteLength } quote)
            {
                checker.Report(DatasetProblemKind.InvalidValue, itemPath.Property("quote"), (at.Property("quote") ?? at).Start,
                    $"A quote is at most {Evidence.MaxQuoteLength} characters, not {quote.Length}; quote the words that state the value.");
            }
        }
    }

    // A citation names a source document of the dataset, and a paragraph it has (or none, for the whole document).
    private static (DatasetProblemKind Kind, string Message)? CitationProblem(Citation citation, Func<string, PartnershipRecord?> find) =>
        find(citation.DocumentId) is not SourceDocument document ? (DatasetProblemKind.DanglingReference, $"{Quoted.Of(citation.DocumentId)} names no source document.")
        : citation.Paragraph is { } paragraph && (paragraph < 1 || paragraph > document.ParagraphCount)
            ? (DatasetProblemKind.InvalidCitation, document.ParagraphCount == 0
                ? $"{Quoted.Of(document.Id)} has no numbered paragraphs; cite it as a whole, not ¶{paragraph}."
                : $"{Quoted.Of(document.Id)} has paragraphs 1–{document.ParagraphCount}, not {paragraph}.")
            : null;
}
