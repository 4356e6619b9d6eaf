using System;
using System.Linq;
using System.Threading.Tasks;
using AseanUn.Analyzers.Codes;
using AseanUn.Analyzers.Tests.Verifiers;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Analyzers.Tests.Codes;

/// <summary>Literals written to hurt: far too long to be a code, or full of characters that restyle a terminal.</summary>
public sealed class HostileLiteralTests
{
    private const int HugeLength = 100_000;

    [Fact]
    public async Task A_literal_far_longer_than_every_code_costs_no_distance_computation()
    {
        var vocabulary = await RealVocabulary();
        var before = EditDistance.CellsOnThisThread;

        var suggestions = NearestCodes.For(new string('Q', HugeLength), CodeKind.ActionLine, vocabulary);

        Assert.Empty(suggestions);
        Assert.Equal(0, EditDistance.CellsOnThisThread - before);
    }

    [Fact]
    public async Task A_near_miss_still_gets_its_suggestion_for_a_small_table_per_code()
    {
        var vocabulary = await RealVocabulary();
        var longest = vocabulary.LongestNameOf(CodeKind.ActionLine);
        var entries = vocabulary.EntriesOf(CodeKind.ActionLine).Length;
        var before = EditDistance.CellsOnThisThread;

        var suggestions = NearestCodes.For("PS.1.9", CodeKind.ActionLine, vocabulary);

        Assert.Contains(suggestions, s => s.Code.StartsWith("PS.1.", StringComparison.Ordinal));
        Assert.InRange(EditDistance.CellsOnThisThread - before, 1, (long)entries * (longest + 1) * (longest + 1 + EditDistance.MaxSuggested));
    }

    [Fact]
    public async Task A_huge_literal_is_reported_without_a_suggestion_and_cut_to_a_readable_length()
    {
        var literal = "SC.1." + new string('9', HugeLength);

        var diagnostic = Assert.Single(await Diagnose(literal));

        Assert.Equal("AUN0005", diagnostic.Id);
        var message = diagnostic.GetMessage();
        Assert.Contains("'" + literal.Substring(0, ReadableText.MaxLength) + ReadableText.Ellipsis + "'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, $"The message has {message.Length} characters.");
        Assert.Empty(diagnostic.Properties);
    }

    [Fact]
    public async Task Control_characters_in_a_literal_are_shown_escaped_in_the_message()
    {
        var diagnostic = Assert.Single(await Diagnose("\u001b]0;owned\u0007\u001b[2J\nPS.1.9\u202e"));

        var message = diagnostic.GetMessage();
        Assert.Contains(@"'\u001b]0;owned\u0007\u001b[2J\u000aPS.1.9\u202e'", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, c => c is '\u001b' or '\u0007' or '\n' or '\u202e');
    }

    private static async Task<CodeVocabulary> RealVocabulary()
    {
        var references = (await TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, default)).Add(TestReferences.AseanUn);
        return CodeVocabulary.TryLoad(CSharpCompilation.Create("Consumer", references: references))!;
    }

    // The literal reaches an action-line parameter; it is written with escapes, so the source itself stays plain.
    private static async Task<Diagnostic[]> Diagnose(string literal)
    {
        var source = $$"""
            using AseanUn;

            [ContributesTo(PillarCodes.SocioCultural, {{SymbolDisplay.FormatLiteral(literal, quote: true)}})]
            static class Mine { }
            """;
        var run = await AnalyzerRun.RunAsync([source], referenceAseanUn: true);
        Assert.Empty(run.Exceptions);
        return [.. run.Diagnostics];
    }
}
