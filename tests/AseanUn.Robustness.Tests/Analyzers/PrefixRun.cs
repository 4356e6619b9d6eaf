using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Robustness.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// Runs the analyzers over every prefix of every source, cut after each token: the states a file passes through while
/// someone types it. Records each failure (an exception or an AD diagnostic) and the findings on the complete sources.
/// </summary>
internal sealed class PrefixRun
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, int> _completeFindings = new(StringComparer.Ordinal);
    private int _prefixes;

    private PrefixRun()
    {
    }

    /// <summary>Gets how many distinct prefixes were analysed (the complete sources included).</summary>
    public int Prefixes => _prefixes;

    /// <summary>Gets each failure: source, cut position and what went wrong.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Gets the ids of the findings on the complete sources, with how often each was reported.</summary>
    public IReadOnlyDictionary<string, int> CompleteFindings => _completeFindings;

    /// <summary>Analyses the prefixes of <paramref name="sources"/>.</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="maxCutsPerSource">
    /// Where given, a longer source is cut at this many tokens spread evenly over it (from an offset the seed picks)
    /// instead of at every token: a prefix costs as much as its length, so every prefix of a long file costs its square.
    /// </param>
    public static PrefixRun Over(IReadOnlyList<CorpusSource> sources, int? maxCutsPerSource = null)
    {
        var run = new PrefixRun();
        // Sources that open alike (the dataset usings, a shared API) share their first prefixes; each is analysed once.
        var seen = new HashSet<(bool, bool, string)>();
        var work = sources.SelectMany(source => Spread(CutPoints(source.Text).ToList(), maxCutsPerSource).Select(cut => (Source: source, Cut: cut)))
            .Where(item => seen.Add((item.Source.IsDatasetFragment, item.Source.IsDataFile, item.Source.Text[..item.Cut])))
            .ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item => run.Analyze(item.Source, item.Cut));
        return run;
    }

    /// <summary>Gets the end of every token of <paramref name="text"/>: the lengths of its prefixes.</summary>
    public static IEnumerable<int> CutPoints(string text) =>
        AnalyzerHarness.Parse(text).GetRoot().DescendantTokens(descendIntoTrivia: false)
            .Where(token => !token.IsMissing && token.Span.End > 0)
            .Select(token => token.Span.End)
            .Append(text.Length)
            .Distinct();

    private static IEnumerable<int> Spread(List<int> cuts, int? max)
    {
        if (max is not { } count || cuts.Count <= count)
        {
            return cuts;
        }

        var stride = (double)cuts.Count / count;
        var offset = RunSize.Seed % Math.Max(1, (int)stride);
        return Enumerable.Range(0, count).Select(i => cuts[Math.Min(cuts.Count - 1, offset + (int)(i * stride))]).Append(cuts[^1]).Distinct();
    }

    private void Analyze(CorpusSource source, int cut)
    {
        var outcome = source.IsDataFile
            ? AnalyzerHarness.Analyze(CompilationContexts.DataFileProject, [new InMemoryAdditionalText(CompilationContexts.DataFilePath, source.Text[..cut])])
            : AnalyzerHarness.Analyze(CompilationContexts.With(source, AnalyzerHarness.Parse(source.Text[..cut], "Subject.cs")));
        Interlocked.Increment(ref _prefixes);
        if (!outcome.IsClean)
        {
            _failures.Enqueue($"{source.Name} cut at {cut}: {outcome.Describe()}");
        }

        if (cut == source.Text.Length)
        {
            foreach (var finding in outcome.Findings.Where(d => !d.IsSuppressed))
            {
                _completeFindings.AddOrUpdate(finding.Id, 1, (_, count) => count + 1);
            }
        }
    }
}
