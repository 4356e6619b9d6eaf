using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.SourceCitationAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class SourceCitationAnalyzerTests
{
    private const string Factory = """

        internal static partial class BuiltInDataset
        {
            private static Pillar Make([RecordId] string id, params int[] paragraphs) =>
                new() { Id = id, Name = id, Sources = Cite.Paragraphs(paragraphs) };
        }
        """;

    [Fact]
    public Task Records_whose_sources_are_empty_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Pillar { Id = "a", Name = "A", Sources = {|#0:[]|} },
                new Pillar { Id = "b", Name = "B", Sources = {|#1:Cite.Paragraphs()|} },
                new Pillar { Id = "c", Name = "C", Sources = {|#2:default|} },
                new Pillar { Id = "d", Name = "D", Sources = {|#3:AseanUn.Collections.EquatableArray<Citation>.Empty|} },
                new Pillar { Id = "e", Name = "E", Sources = Cite.Paragraphs(6) } with { Sources = {|#4:[]|} },
                {|#5:Make("f")|},
                Make("g", 6, 14),
                new Pillar { Id = "h", Name = "H", Sources = Cite.Paragraphs(6) },
            ];
        }
        """ + Factory,
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(0).WithMessage("Pillar 'a' cites no source paragraph"),
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(1).WithMessage("Pillar 'b' cites no source paragraph"),
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(2).WithMessage("Pillar 'c' cites no source paragraph"),
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(3).WithMessage("Pillar 'd' cites no source paragraph"),
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(4).WithMessage("This Pillar cites no source paragraph"),
        new DiagnosticResult(Descriptors.MissingSourceCitation).WithLocation(5).WithMessage("Pillar 'f' cites no source paragraph"));

    [Fact]
    public Task Paragraphs_the_report_does_not_have_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Pillar { Id = "a", Name = "A", Sources = Cite.Paragraphs(1, 41, {|#0:42|}) },
                new Pillar { Id = "b", Name = "B", Sources = Cite.Paragraphs({|#1:0|}) },
                new Pillar { Id = "c", Name = "C", Sources = [new Citation(Cite.Report, {|#2:99|}), new Citation("another-report", 99)] },
                Make("d", 14, {|#3:50|}),
            ];
        }
        """ + Factory,
        new DiagnosticResult(Descriptors.ParagraphOutOfRange).WithLocation(0).WithMessage("Paragraph 42 does not exist in 'overview-2017': it has 41 paragraphs"),
        new DiagnosticResult(Descriptors.ParagraphOutOfRange).WithLocation(1).WithMessage("Paragraph 0 does not exist in 'overview-2017': paragraphs are numbered from 1"),
        new DiagnosticResult(Descriptors.ParagraphOutOfRange).WithLocation(2).WithMessage("Paragraph 99 does not exist in 'overview-2017': it has 41 paragraphs"),
        new DiagnosticResult(Descriptors.ParagraphOutOfRange).WithLocation(3).WithMessage("Paragraph 50 does not exist in 'overview-2017': it has 41 paragraphs"));
}
