using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AseanUn.Analyzers.Tests.Verifiers;
using AseanUn.CodeFixes;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Tests.Conventions;

public sealed class DescriptorConventionTests
{
    public static TheoryData<string> Ids() => [.. Descriptors.All.Select(d => d.Id)];

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.All.Single(d => d.Id == id);

    [Fact]
    public void Ids_are_unique_and_shaped_AUN_and_four_digits()
    {
        Assert.All(Descriptors.All, d => Assert.Matches("^AUN[0-9]{4}$", d.Id));
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer_and_every_supported_one_is_listed()
    {
        var supported = AnalyzerRun.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();

        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), supported.Select(d => d.Id).Order());
    }

    [Fact]
    public void Every_fixable_id_is_a_descriptor()
    {
        Assert.All(new CodeConstantFixProvider().FixableDiagnosticIds, id => Assert.Contains(Descriptors.All, d => d.Id == id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page_in_the_repository(string id)
    {
        var descriptor = Descriptor(id);

        Assert.Equal($"https://github.com/aseanun/aseanun/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryRoot.Combine("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_has_its_title_severity_and_a_bad_and_a_fixed_example(string id)
    {
        var descriptor = Descriptor(id);
        var page = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics", id + ".md"));

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        // The data-file rules show the JSON they check; the others, C#.
        var language = descriptor.Category == DiagnosticCategories.JsonData ? "json" : "csharp";
        Assert.Contains($"## Bad\n\n```{language}", page, StringComparison.Ordinal);
        Assert.Contains($"## Fixed\n\n```{language}", page, StringComparison.Ordinal);
        Assert.Contains(id, page.Substring(page.IndexOf("## Bad", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Diagnostics_readme_lists_the_rule_with_its_default_severity(string id)
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics", "README.md"));
        var descriptor = Descriptor(id);

        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_tracking_lists_every_descriptor_once_with_its_category_and_severity()
    {
        var rows = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md")).ToList();

        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), rows.Select(r => r.Id).Order());
        Assert.All(rows, row =>
        {
            var descriptor = Descriptor(row.Id);
            Assert.Equal(descriptor.Category, row.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
        });
    }

    private static IEnumerable<(string Id, string Category, string Severity)> ReleaseRows(string file)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("analyzers", "AseanUn.Analyzers", file));
        foreach (Match match in Regex.Matches(text, @"^(AUN\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|", RegexOptions.Multiline))
        {
            yield return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        }
    }
}
