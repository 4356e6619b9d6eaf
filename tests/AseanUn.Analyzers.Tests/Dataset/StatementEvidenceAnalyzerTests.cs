using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.StatementEvidenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class StatementEvidenceAnalyzerTests
{
    // The quotes are written out in the sources, not interpolated, so the robustness suite can replay every prefix of them.
    [Fact]
    public Task Statements_and_status_steps_without_evidence_are_reported() => Verify.VerifyAsync(
        """
        using AseanUn.Collections;

        internal static class Statements
        {
            private static readonly Citation Eight = new(Cite.Report, 8);

            public static Statement[] All() =>
            [
                new Statement { Property = "placeId", Value = "manila", Evidence = {|#0:[]|} },
                new Statement { Property = "title", Evidence = {|#1:default|} },
                new Statement { Property = "value", Evidence = {|#2:EquatableArray<Evidence>.Empty|} },
                new Statement { Property = "status", Evidence = [new(Eight)] } with { Evidence = {|#5:[]|} },
                new Statement { Property = "placeId", Value = "manila", Evidence = [new(Eight), new(Cite.Paragraphs(9)[0], "Manila")] },

                // An inference marker without a value rests on the record's sources; with a value it needs its own evidence.
                new Statement { Property = "placeId", Evidence = default, Basis = StatementBasis.Inferred, Reason = "Placed with the summit." },
                new Statement { Property = "placeId", Value = "manila", Evidence = {|#6:[]|}, Basis = StatementBasis.Inferred, Reason = "Placed with the summit." },
            ];

            public static StatusEntry[] Steps() =>
            [
                new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2007, 9, 27), Sources = {|#3:[]|} },
                new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Month(2015, 11), Sources = {|#4:Cite.Paragraphs()|} },
                new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2007, 9, 27), Sources = Cite.Paragraphs(4) },
            ];
        }
        """,
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(0).WithMessage("The statement about 'placeId' cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(1).WithMessage("The statement about 'title' cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(2).WithMessage("The statement about 'value' cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(5).WithMessage("The statement about 'status' cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(6).WithMessage("The statement about 'placeId' cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(3).WithMessage("The 'signed' step cites no evidence"),
        new DiagnosticResult(Descriptors.StatementWithoutEvidence).WithLocation(4).WithMessage("The 'adopted' step cites no evidence"));

    [Fact]
    public Task Quotes_longer_than_200_characters_are_reported() => Verify.VerifyAsync(
        """
        internal static class Quotes
        {
            private const string Long = "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
            private static readonly Citation Eight = new(Cite.Report, 8);

            public static Evidence[] All() =>
            [
                new Evidence(Eight, {|#0:Long|}),
                new(Eight, Quote: {|#1:"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"|}),
                new Evidence(Eight) { Quote = {|#2:"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq" + "q"|} },
                new Evidence(Eight) with { Quote = {|#3:Long|} },
                new Evidence(Eight, "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"),
                new Evidence(Eight),
            ];
        }
        """,
        new DiagnosticResult(Descriptors.QuoteTooLong).WithLocation(0).WithMessage("The quote is 201 characters long; evidence quotes at most 200"),
        new DiagnosticResult(Descriptors.QuoteTooLong).WithLocation(1).WithMessage("The quote is 201 characters long; evidence quotes at most 200"),
        new DiagnosticResult(Descriptors.QuoteTooLong).WithLocation(2).WithMessage("The quote is 201 characters long; evidence quotes at most 200"),
        new DiagnosticResult(Descriptors.QuoteTooLong).WithLocation(3).WithMessage("The quote is 201 characters long; evidence quotes at most 200"));
}
