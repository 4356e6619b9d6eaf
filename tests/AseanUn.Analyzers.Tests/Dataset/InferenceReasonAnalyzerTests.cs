using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.InferenceReasonAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class InferenceReasonAnalyzerTests
{
    [Fact]
    public Task Inferences_without_a_reason_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private const string Blank = "  ";

            private static PartnershipRecord[] Records() =>
            [
                new Pillar { Id = "a", Name = "A", Inferences = [new(nameof(Pillar.Name), {|#0:""|})], Sources = Cite.Paragraphs(6) },
                new Pillar { Id = "b", Name = "B", Inferences = [new Inference(nameof(Pillar.Name), {|#1:null|}!)], Sources = Cite.Paragraphs(6) },
                new Pillar { Id = "c", Name = "C", Sources = Cite.Paragraphs(6) } with { Inferences = [new(nameof(Pillar.Name), {|#2:Blank|})] },
                new Pillar { Id = "d", Name = "D", Inferences = [new(nameof(Pillar.Name), "The report names the pillar only in a heading.")], Sources = Cite.Paragraphs(6) },
            ];
        }
        """,
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(0).WithMessage("The inference about 'Name' gives no reason; say in one line why the value follows"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(1).WithMessage("The inference about 'Name' gives no reason; say in one line why the value follows"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(2).WithMessage("The inference about 'Name' gives no reason; say in one line why the value follows"));

    [Fact]
    public Task Inferences_about_a_property_the_record_lacks_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Event
                {
                    Id = "e",
                    Kind = EventKind.Meeting,
                    Title = "E",
                    Date = PartialDate.Year(2013),
                    Inferences =
                    [
                        new({|#0:"Venue"|}, "Placed with the summit."),
                        new(nameof(Event.PlaceId), "Placed with the summit."),
                        new(nameof(PartnershipRecord.Note), "Inherited properties count."),
                    ],
                    Sources = Cite.Paragraphs(24),
                },
                new Pillar { Id = "p", Name = "P", Sources = Cite.Paragraphs(6) } with { Inferences = [new({|#1:"Title"|}, "Pillars have names, not titles.")] },
            ];

            // Outside a record's initializer there is no record to check the property against.
            private static Inference Loose() => new("Anything", "A reason.");
        }
        """,
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(0).WithMessage("The inference about 'Venue' names no property of Event"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(1).WithMessage("The inference about 'Title' names no property of Pillar"));

    [Fact]
    public Task Inferred_statements_without_a_reason_are_reported() => Verify.VerifyAsync(
        """
        internal static class Statements
        {
            private const string Blank = " ";
            private static readonly Citation Eight = new(Cite.Report, 8);

            public static Statement[] All() =>
            [
                new Statement { Property = "placeId", Value = "manila", Basis = {|#0:StatementBasis.Inferred|}, Evidence = [new(Eight)] },
                new Statement { Property = "status", Basis = StatementBasis.Inferred, Reason = {|#1:""|}, Evidence = [new(Eight)] },
                new Statement { Property = "title", Basis = StatementBasis.Inferred, Reason = {|#2:Blank|}, Evidence = [new(Eight)] },
                new Statement { Property = "date", Basis = StatementBasis.Inferred, Reason = {|#3:null|}, Evidence = [new(Eight)] },
                new Statement { Property = "placeId", Basis = StatementBasis.Inferred, Reason = "The summit met in Manila.", Evidence = [new(Eight)] },
                new Statement { Property = "placeId", Basis = StatementBasis.Stated, Evidence = [new(Eight)] },
                new Statement { Property = "placeId", Evidence = [new(Eight)] },
            ];
        }
        """,
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(0).WithMessage("The inference about 'placeId' gives no reason; say in one line why the value follows"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(1).WithMessage("The inference about 'status' gives no reason; say in one line why the value follows"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(2).WithMessage("The inference about 'title' gives no reason; say in one line why the value follows"),
        new DiagnosticResult(Descriptors.InferenceWithoutBasis).WithLocation(3).WithMessage("The inference about 'date' gives no reason; say in one line why the value follows"));
}
