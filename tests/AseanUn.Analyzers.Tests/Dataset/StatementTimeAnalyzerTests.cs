using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.StatementTimeAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class StatementTimeAnalyzerTests
{
    // A record with statements of its own, for fragments compiled against a library whose records have none yet.
    private const string Agreement = """

        internal sealed record Agreement : PartnershipRecord
        {
            public InstrumentStatus Status { get; init; }
            public AseanUn.Collections.EquatableArray<Statement> Statements { get; init; }
            public override string Label => Id;
        }
        """;

    [Fact]
    public Task A_lasting_act_dated_at_times_that_do_not_meet_is_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Instrument
                {
                    Id = "mou",
                    Kind = InstrumentKind.MemorandumOfUnderstanding,
                    Title = "MoU",
                    Status = InstrumentStatus.Signed,
                    History =
                    [
                        new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Month(2007, 9), Sources = Cite.Paragraphs(4) },
                        new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2007, 9, 27), Sources = Cite.Paragraphs(4) },
                        new StatusEntry { Status = InstrumentStatus.Signed, Date = {|#0:PartialDate.Day(2008, 9, 27)|}, Sources = Cite.Paragraphs(4) },
                    ],
                    Sources = Cite.Paragraphs(4),
                },
                new Agreement
                {
                    Id = "plan",
                    Status = InstrumentStatus.Adopted,
                    Statements =
                    [
                        new Statement { Property = "status", Value = "adopted", Time = PartialDate.Month(2015, 11), Evidence = [new(new Citation(Cite.Report, 30))] },
                        new Statement { Property = "status", Time = {|#1:PartialDate.Year(2016)|}, Evidence = [new(new Citation(Cite.Report, 30))] },
                        new Statement { Property = "status", Value = "adopted", Time = PartialDate.Day(2015, 11, 20), Evidence = [new(new Citation(Cite.Report, 30))] },
                        new Statement { Property = "status", Value = "planned", Time = PartialDate.Year(2014), Evidence = [new(new Citation(Cite.Report, 30))] },
                        new Statement { Property = "status", Value = "planned", Time = PartialDate.Year(2010), Evidence = [new(new Citation(Cite.Report, 30))] },
                        new Statement { Property = "status", Value = "adopted", Time = PartialDate.Month(2015, 11).Approximately(), Evidence = [new(new Citation(Cite.Report, 30))] },
                    ],
                    Sources = Cite.Paragraphs(30),
                },
            ];
        }
        """ + Agreement,
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("'signed' is dated 2008-09-27 here but 2007-09 at Test0.cs line 19: an act that lasts happens once"),
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("'adopted' is dated 2016 here but 2015-11 at Test0.cs line 31: an act that lasts happens once"));

    [Fact]
    public Task History_steps_out_of_date_order_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static Instrument Plan() => new Instrument
            {
                Id = "plan",
                Kind = InstrumentKind.PlanOfAction,
                Title = "Plan",
                Status = InstrumentStatus.Adopted,
                History =
                [
                    new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2015, 11, 22), Sources = Cite.Paragraphs(9) },
                    new StatusEntry { Status = InstrumentStatus.Planned, Date = {|#0:PartialDate.Day(2015, 9, 29)|}, Sources = Cite.Paragraphs(13) },
                    new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Month(2015, 11), Sources = Cite.Paragraphs(9) },
                    new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Until(PartialDate.Day(2016, 9, 7)), Sources = Cite.Paragraphs(10) },
                    new StatusEntry { Status = InstrumentStatus.InForce, Date = {|#1:PartialDate.Until(PartialDate.Year(2014))|}, Sources = Cite.Paragraphs(10) },
                ],
                Sources = Cite.Paragraphs(9, 10, 13),
            };
        }
        """,
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This step (2015-09-29) is listed after a step dated 2015-11-22: a history goes in date order"),
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This step (../2014) is listed after a step dated 2015-11-22: a history goes in date order"));

    [Fact]
    public Task An_instrument_date_that_meets_none_of_its_act_steps_is_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static Instrument[] Instruments() =>
            [
                new Instrument
                {
                    Id = "mou",
                    Kind = InstrumentKind.MemorandumOfUnderstanding,
                    Title = "MoU",
                    Date = {|#0:PartialDate.Day(2007, 9, 28)|},
                    Status = InstrumentStatus.Signed,
                    History = [new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2007, 9, 27), Sources = Cite.Paragraphs(4) }],
                    Sources = Cite.Paragraphs(4),
                },
                new Instrument
                {
                    Id = "plan",
                    Kind = InstrumentKind.PlanOfAction,
                    Title = "Plan",
                    Date = PartialDate.Month(2016, 9),
                    Status = InstrumentStatus.Adopted,
                    History =
                    [
                        new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2015, 9, 29), Sources = Cite.Paragraphs(13) },
                        new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Until(PartialDate.Day(2016, 9, 7)), Sources = Cite.Paragraphs(10) },
                    ],
                    Sources = Cite.Paragraphs(10, 13),
                },
                new Instrument
                {
                    Id = "roadmap",
                    Kind = InstrumentKind.PlanOfAction,
                    Title = "Roadmap",
                    Date = PartialDate.Month(2009, 3).Approximately(),
                    Status = InstrumentStatus.Adopted,
                    History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Year(2010), Sources = Cite.Paragraphs(7) }],
                    Sources = Cite.Paragraphs(7),
                },
            ];
        }
        """,
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("The date 2007-09-28 contradicts the 'signed' step dated 2007-09-27 at Test0.cs line 18: an instrument's date is the time of its act"));

    [Fact]
    public Task A_step_after_the_as_of_date_of_the_documents_it_cites_is_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Instrument
                {
                    Id = "charter",
                    Kind = InstrumentKind.Charter,
                    Title = "Charter",
                    Status = InstrumentStatus.Adopted,
                    History =
                    [
                        new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2005, 9, 13), Sources = Cite.Paragraphs(3) },
                        new StatusEntry { Status = InstrumentStatus.Adopted, Date = {|#0:PartialDate.Month(2017, 4)|}, Sources = [new Citation(Cite.Report, 3)] },
                        new StatusEntry { Status = InstrumentStatus.InForce, Date = PartialDate.Month(2017, 5), Sources = [new Citation("later-report", 3)] },
                    ],
                    Sources = Cite.Paragraphs(3),
                },
                new Agreement
                {
                    Id = "plan",
                    Statements =
                    [
                        new Statement { Property = "status", Value = "adopted", Time = PartialDate.Year(2018), Evidence = [new(Cite.Paragraphs(10)[0])] },
                        new Statement { Property = "status", Value = "inForce", Time = {|#2:PartialDate.Year(2019)|}, Evidence = [new(new Citation(Cite.Report, 10), "in force")] },
                        new Statement { Property = "status", Value = "issued", Time = PartialDate.Month(2017, 3), Evidence = [new(new Citation(Cite.Report, 10))] },
                    ],
                    Sources = Cite.Paragraphs(10),
                },
            ];
        }
        """ + Agreement,
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(0)
            .WithMessage("The 'adopted' step dated 2017-04 comes after 2017-03, the as-of date of 'overview-2017', which it cites"),
        new DiagnosticResult(Descriptors.ContradictoryTime).WithLocation(2)
            .WithMessage("The 'inForce' step dated 2019 comes after 2017-03, the as-of date of 'overview-2017', which it cites"));
}
