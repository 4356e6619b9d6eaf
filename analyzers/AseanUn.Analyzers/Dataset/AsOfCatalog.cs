using System;
using System.Collections.Concurrent;
using System.Linq;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// The as-of dates of the source documents and the dated status steps that cite them, gathered concurrently and
/// judged once the whole compilation has been seen: a document cannot attest a step later than its own as-of date (AUN0109).
/// </summary>
internal sealed class AsOfCatalog
{
    private readonly ConcurrentDictionary<string, DateSpan> _asOf = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<StatusStep> _steps = [];

    public void AddDocument(string id, DateSpan asOf) => _asOf[id] = asOf;

    public void AddStep(StatusStep step) => _steps.Add(step);

    public void Report(Action<Diagnostic> report)
    {
        var ordered = _steps
            .OrderBy(s => s.TimeSyntax.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(s => s.TimeSyntax.SpanStart);
        foreach (var step in ordered)
        {
            // Judged against the latest as-of date of the documents it cites, when every one of them is known.
            if (step.Documents.IsDefaultOrEmpty)
            {
                continue;
            }

            string? latest = null;
            var known = true;
            foreach (var document in step.Documents)
            {
                if (!_asOf.TryGetValue(document, out var asOf))
                {
                    known = false;
                    break;
                }

                if (latest is null || asOf.Last > _asOf[latest].Last)
                {
                    latest = document;
                }
            }

            if (known && latest is not null && step.Time.First > _asOf[latest].Last)
            {
                report(Diagnostic.Create(
                    Descriptors.ContradictoryTime,
                    step.TimeSyntax.GetLocation(),
                    $"The '{ReadableText.Of(step.Status)}' step dated {step.Time.Text} comes after {_asOf[latest].Text}, the as-of date of '{ReadableText.Of(latest)}', which it cites"));
            }
        }
    }
}
