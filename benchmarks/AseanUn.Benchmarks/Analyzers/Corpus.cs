using System.Collections.Generic;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>A generated corpus: its files and how many code references (and of those, string literals) it holds.</summary>
/// <param name="Kind">Which corpus this is.</param>
/// <param name="Files">The source files.</param>
/// <param name="CodeReferences">The pillar, area and action-line codes that reach a marked place.</param>
/// <param name="Literals">The code references written as string literals rather than typed constants.</param>
public sealed record Corpus(CorpusKind Kind, IReadOnlyList<CorpusFile> Files, int CodeReferences, int Literals);
