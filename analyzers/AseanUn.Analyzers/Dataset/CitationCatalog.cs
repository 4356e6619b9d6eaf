using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// The constant paragraph numbers the dataset source cites and the paragraph counts its source documents declare,
/// judged once the whole compilation has been seen (AUN0106).
/// </summary>
internal sealed class CitationCatalog
{
    private readonly ConcurrentBag<(string Document, int Paragraph, Location Location)> _citations = [];
    private readonly ConcurrentDictionary<string, int> _paragraphCounts = new(StringComparer.Ordinal);

    public void AddCitation(string document, int paragraph, Location location) => _citations.Add((document, paragraph, location));

    public void AddDocument(string document, int paragraphCount) => _paragraphCounts[document] = paragraphCount;

    public void Report(Action<Diagnostic> report)
    {
        var ordered = _citations
            .OrderBy(c => c.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(c => c.Location.SourceSpan.Start);
        foreach (var (document, paragraph, location) in ordered)
        {
            var problem = paragraph < 1
                ? "paragraphs are numbered from 1"
                : _paragraphCounts.TryGetValue(document, out var count) && paragraph > count ? $"it has {count} paragraphs" : null;
            if (problem is not null)
            {
                report(Diagnostic.Create(Descriptors.ParagraphOutOfRange, location, paragraph, ReadableText.Of(document), problem));
            }
        }
    }

    /// <summary>Gets the constant ints among the given operations, with where each was written.</summary>
    public static IEnumerable<(int Value, Location Location)> Constants(IEnumerable<IOperation> values)
    {
        foreach (var value in values)
        {
            if (value.ConstantValue is { HasValue: true, Value: int number })
            {
                yield return (number, value.Syntax.GetLocation());
            }
        }
    }
}
