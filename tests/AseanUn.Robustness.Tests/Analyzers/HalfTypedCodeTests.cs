using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Robustness.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>Half-typed code never makes an analyzer throw: every prefix of every source the repository has for them.</summary>
public sealed class HalfTypedCodeTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_prefix_of_every_analyzer_test_source_is_analysed_without_an_analyzer_failure()
    {
        var sources = AnalyzerTestSources.Read();
        Assert.True(sources.Count >= 40, $"Only {sources.Count} sources were found in the analyzer tests.");

        var run = PrefixRun.Over(sources);

        output.WriteLine($"{sources.Count} analyzer test sources, {run.Prefixes} prefixes analysed, {run.Failures.Count} failures.");
        output.WriteLine("Findings on the complete sources: " + string.Join(", ", run.CompleteFindings.OrderBy(f => f.Key).Select(f => $"{f.Key}×{f.Value}")));
        Assert.Empty(run.Failures.Take(10));

        // The prefixes only prove something if the compilations they are part of switch every rule on — every rule the
        // real vocabulary can raise: AUN0006 needs a superseded action line, and the classification marks none today.
        var rules = AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
            .Where(id => id != SupersededLineRule || VocabularyHasSupersededLine());
        Assert.All(rules, id => Assert.True(run.CompleteFindings.ContainsKey(id), $"No complete test source made {id} report."));
    }

    private const string SupersededLineRule = "AUN0006";

    private static bool VocabularyHasSupersededLine() =>
        typeof(ActionLineCodes).GetFields().Any(field => field.IsDefined(typeof(SupersededByAttribute), inherit: false));

    // Fragments cut where a half-typed argument or initialiser leaves the syntax tree most broken.
    private static readonly string[] BrokenFragments =
    [
        """[AseanUn.ContributesTo("SC", "SC.1.""",
        """[AseanUn.ContributesTo(AseanUn.PillarCodes.""",
        """[AseanUn.ContributesTo(]""",
        """[AseanUn.ContributesTo("SC", actionLines: ] class C { }""",
        """class C { void M() { AseanUn.Dates.PartialDate.DayRange(2014, 6, 21 """,
        """class C { object M() => new NodaTime.LocalDate(2015, 2, ; }""",
        """class C { object M() => AseanUn.Dates.PartialDate.Between(AseanUn.Dates.PartialDate.Day(2015, 1), ); }""",
        """class C { object M() => new AseanUn.Model.Pillar { Id = , Sources = [ }; }""",
        """class C { void M([AseanUn.ActionLineCode] string s = ) { M(s: ); M("SC" + ); } }""",
        """class C { [AseanUn.ActionLineCode] string[] L = [ "SC.1.2", .. ]; }""",
        """class C { void M(Undefined u) { u.Code = "SC.9"; Unknown("x"); } }""",
    ];

    [Fact]
    public void Every_prefix_of_hand_picked_broken_fragments_is_analysed_without_an_analyzer_failure()
    {
        var sources = BrokenFragments.Select((text, i) => new CorpusSource($"fragment {i}", text, IsDatasetFragment: false)).ToList();

        var run = PrefixRun.Over(sources);

        output.WriteLine($"{sources.Count} fragments, {run.Prefixes} prefixes analysed, {run.Failures.Count} failures.");
        Assert.Empty(run.Failures.Take(10));
    }

    // The samples are whole applications; every prefix of each would cost the square of its length.
    private const int SampleCutsPerFile = 60;

    [Fact]
    public void Prefixes_of_every_sample_source_are_analysed_without_an_analyzer_failure()
    {
        var sources = Repository.CSharpFiles("samples")
            .Select(path => new CorpusSource(Path.GetRelativePath(RepositoryRoot.Path, path), File.ReadAllText(path), IsDatasetFragment: false))
            .ToList();
        Assert.NotEmpty(sources);

        var run = PrefixRun.Over(sources, RunSize.Times(SampleCutsPerFile));

        output.WriteLine($"{sources.Count} sample sources, {run.Prefixes} prefixes analysed (every token up to {RunSize.Times(SampleCutsPerFile)} cuts a file), {run.Failures.Count} failures.");
        Assert.Empty(run.Failures.Take(10));
    }
}
