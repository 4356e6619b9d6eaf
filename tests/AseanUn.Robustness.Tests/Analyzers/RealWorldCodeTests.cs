using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Robustness.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>Real code that marks nothing gets no AseanUn diagnostic and makes no analyzer throw, with or without AseanUn referenced.</summary>
public sealed class RealWorldCodeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_repository_s_own_sources_get_no_AseanUn_diagnostic_except_where_they_pass_codes_to_marked_places(bool referenceAseanUn)
    {
        var projects = RepositoryProjects.Read();
        var files = 0;
        var lines = 0;
        var deliberate = 0;
        foreach (var (project, paths) in projects)
        {
            // The library defines AseanUn itself (its dataset is checked by the contributor rules); it cannot also reference it.
            if (referenceAseanUn && project == RepositoryProjects.Library)
            {
                continue;
            }

            var trees = paths.Select(path => AnalyzerHarness.Parse(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot.Path, path))).ToList();
            var references = referenceAseanUn ? AnalyzerHarness.Packages.AddRange(AnalyzerHarness.AseanUnLibrary) : AnalyzerHarness.Packages;
            var compilation = AnalyzerHarness.Compile(trees, references, name: Path.GetFileName(project), wholeFramework: true);

            var outcome = AnalyzerHarness.Analyze(compilation, concurrent: true);

            files += trees.Count;
            lines += trees.Sum(tree => tree.GetText().Lines.Count);
            var atMarkedPlaces = outcome.Diagnostics.Count(d => MarkedTargets.IsAtMarkedPlace(compilation, d));
            deliberate += atMarkedPlaces;
            output.WriteLine($"{project}: {trees.Count} files, {outcome.Diagnostics.Length} AseanUn diagnostics ({atMarkedPlaces} at marked places), {outcome.Exceptions.Count} exceptions");
            Assert.True(outcome.IsClean, $"{project}: {outcome.Describe()}");
            Assert.All(outcome.Diagnostics, d => Assert.True(MarkedTargets.IsAtMarkedPlace(compilation, d), $"Not at a marked place: {d}"));
        }

        output.WriteLine($"{projects.Count} projects, {files} files, {lines} lines analysed; {deliberate} diagnostics on codes deliberately passed to marked places.");
        Assert.True(files >= 50, $"Only {files} repository sources were found.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_application_code_gets_no_diagnostic_and_compiles_cleanly(bool referenceAseanUn)
    {
        var files = RealWorldCode.Generate(RunSize.Seed, RunSize.Times(40), callAseanUn: referenceAseanUn);
        var trees = files.Select(file => AnalyzerHarness.Parse(file.Text, file.Path)).ToList();
        var compilation = AnalyzerHarness.Compile(trees, referenceAseanUn ? AnalyzerHarness.AseanUnLibrary : []);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        var outcome = AnalyzerHarness.Analyze(compilation, concurrent: true);

        var lines = trees.Sum(tree => tree.GetText().Lines.Count);
        output.WriteLine($"{trees.Count} generated files, {lines} lines, {outcome.Diagnostics.Length} diagnostics, {outcome.Exceptions.Count} exceptions.");
        Assert.Empty(errors);
        Assert.True(outcome.IsClean, outcome.Describe());
        Assert.Empty(outcome.Diagnostics);
        Assert.True(lines >= 3000, $"Only {lines} lines were generated.");
    }
}
