using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Verify = AseanUn.Analyzers.Tests.Verifiers.DatasetVerifier<AseanUn.Analyzers.Dataset.RecordIdAnalyzer>;

namespace AseanUn.Analyzers.Tests.Dataset;

public sealed class RecordIdAnalyzerTests
{
    [Fact]
    public Task Duplicate_ids_are_reported_at_each_repeat_naming_the_first() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Place { Id = {|#9:"jakarta"|}, Name = "Jakarta", City = "Jakarta", Country = "Indonesia", CountryCode = "ID", Sources = Cite.Paragraphs(40) },
                new Place { Id = {|#0:"jakarta"|}, Name = "Jakarta", City = "Jakarta", Country = "Indonesia", CountryCode = "ID", Sources = Cite.Paragraphs(40) },
                State({|#1:"jakarta"|}),
                new Pillar { Id = {|#2:Cite.Report|}, Name = "Clash with the report's id", Sources = Cite.Paragraphs(6) },
            ];

            private static MemberState State([RecordId] string id) =>
                new() { Id = id, Name = id, IsoAlpha2 = "XX", IsoAlpha3 = "XXX", Sources = Cite.Paragraphs(16) };
        }
        """,
        new DiagnosticResult(Descriptors.DuplicateRecordId).WithLocation(0).WithLocation(9).WithMessage("Record id 'jakarta' is already used at Test0.cs line 11"),
        new DiagnosticResult(Descriptors.DuplicateRecordId).WithLocation(1).WithLocation(9).WithMessage("Record id 'jakarta' is already used at Test0.cs line 11"),
        new DiagnosticResult(Descriptors.DuplicateRecordId).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage($"Record id 'overview-2017' is already used at {ReportId.File} line {ReportId.Line}"));

    private static (string File, int Line) ReportId => Verifiers.DatasetHarness.Find("Id = Cite.Report");

    [Fact]
    public Task Unique_ids_and_resolving_references_produce_nothing() => Verify.VerifyAsync("""
        internal static partial class BuiltInDataset
        {
            private static PartnershipRecord[] Records() =>
            [
                new Pillar { Id = PillarCodes.Economic, Name = "Economic Cooperation", Sources = Cite.Paragraphs(22) },
                new Area { Id = AreaCodes.FoodAndEnergySecurity, PillarCode = PillarCodes.Economic, Name = "Food and Energy Security", Sources = Cite.Paragraphs(23) },
                Line(ActionLineCodes.FoodSecurity, AreaCodes.FoodAndEnergySecurity, 23),
                Line(ActionLineCodes.EnergySecurity, AreaCodes.FoodAndEnergySecurity, 24) with { SupersededBy = ActionLineCodes.FoodSecurity },
                new Place { Id = "jakarta", Name = "Jakarta", City = "Jakarta", Country = "Indonesia", CountryCode = "ID", Sources = Cite.Paragraphs(40) },
                new Event
                {
                    Id = "meeting-1",
                    Kind = EventKind.Meeting,
                    Title = "A meeting",
                    Date = PartialDate.Year(2015),
                    PlaceId = "jakarta",
                    ActionLineCodes = [ActionLineCodes.FoodSecurity, ActionLineCodes.EnergySecurity],
                    Sources = Cite.Paragraphs(23),
                },
            ];

            private static ActionLine Line([RecordId] string code, [RecordReference(typeof(Area))] string area, params int[] paragraphs) =>
                new() { Id = code, AreaCode = area, Name = code, Sources = Cite.Paragraphs(paragraphs) };
        }
        """);

    [Fact]
    public Task References_to_missing_ids_or_to_records_of_another_kind_are_reported() => Verify.VerifyAsync(
        """
        internal static partial class BuiltInDataset
        {
            private const string Nowhere = "atlantis";

            private static PartnershipRecord[] Records() =>
            [
                new Pillar { Id = PillarCodes.Economic, Name = "Economic Cooperation", Sources = Cite.Paragraphs(22) },
                new Area { Id = AreaCodes.FoodAndEnergySecurity, PillarCode = {|#0:"EX"|}, Name = "Food and Energy Security", Sources = Cite.Paragraphs(23) },
                new Place { Id = "jakarta", Name = "Jakarta", City = "Jakarta", Country = "Indonesia", CountryCode = "ID", Sources = Cite.Paragraphs(40) },
                new Event
                {
                    Id = "meeting-1",
                    Kind = EventKind.Meeting,
                    Title = "A meeting",
                    Date = PartialDate.Year(2015),
                    PlaceId = {|#1:Nowhere|},
                    ParticipantIds = [{|#5:"jakarta"|}, {|#2:"unicef"|}],
                    SidelinesOfId = {|#3:"jakarta"|},
                    Sources = Cite.Paragraphs(23),
                },
                Line(ActionLineCodes.FoodSecurity, {|#4:AreaCodes.HumanRightsPromotion|}),
            ];

            private static ActionLine Line([RecordId] string code, [RecordReference(typeof(Area))] string area) =>
                new() { Id = code, AreaCode = area, Name = code, Sources = Cite.Paragraphs(23) };
        }
        """,
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(0).WithMessage("Reference 'EX' does not resolve: no record of the dataset has this id"),
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(1).WithMessage("Reference 'atlantis' does not resolve: no record of the dataset has this id"),
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(5)
            .WithMessage("Reference 'jakarta' does not resolve: it is the id of Place, not of Organisation, MemberState, StateGrouping or Person"),
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(2).WithMessage("Reference 'unicef' does not resolve: no record of the dataset has this id"),
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(3).WithMessage("Reference 'jakarta' does not resolve: it is the id of Place, not of Event"),
        new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(4).WithMessage("Reference 'PS.2' does not resolve: no record of the dataset has this id"));

    [Fact]
    public Task A_hostile_reference_is_quoted_escaped_and_cut()
    {
        // A place id that would clear the screen, and one far longer than any id; messages show both harmlessly.
        var huge = new string('x', 100_000);
        return Verify.VerifyAsync(
            "internal static partial class BuiltInDataset { private static PartnershipRecord[] Records() => [" +
            "new Place { Id = \"jakarta\", Name = \"Jakarta\", City = \"Jakarta\", Country = \"Indonesia\", CountryCode = \"ID\", Sources = Cite.Paragraphs(40) }," +
            "new Event { Id = \"meeting-1\", Kind = EventKind.Meeting, Title = \"A meeting\", Date = PartialDate.Year(2015), " +
            "PlaceId = {|#0:\"\\u001b[2J\\njakarta\"|}, SidelinesOfId = {|#1:\"" + huge + "\"|}, Sources = Cite.Paragraphs(23) }, ]; }",
            new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(0)
                .WithMessage(@"Reference '\u001b[2J\u000ajakarta' does not resolve: no record of the dataset has this id"),
            new DiagnosticResult(Descriptors.UnresolvedReference).WithLocation(1)
                .WithMessage("Reference '" + new string('x', AseanUn.Rules.ReadableText.MaxLength) + "…' does not resolve: no record of the dataset has this id"));
    }
}
