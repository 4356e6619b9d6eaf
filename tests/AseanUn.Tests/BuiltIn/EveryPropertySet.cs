using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.BuiltIn;

/// <summary>
/// One record of every type with every property set to something other than its default, so that a round trip through
/// a format proves the format carries every property. Invented values; non-ASCII text on purpose.
/// </summary>
internal static class EveryPropertySet
{
    public static List<PartnershipRecord> Records()
    {
        EquatableArray<Citation> sources = [new("doc", 3), new("doc", null)];
        EquatableArray<Inference> inferences = [new(nameof(Pillar.Name), "Inferred for the test.")];
        EquatableArray<Claim> claims = [new() { Property = "name", Value = "Другое имя", Sources = [new("other", 1)], Rank = ClaimRank.Deprecated, Reason = "A later document." }];
        return
        [
            new SourceDocument
            {
                Id = "doc", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Title = "Rapport général", Publisher = "Secrétariat",
                AsOf = PartialDate.Month(2017, 3), ParagraphCount = 61, Kind = SourceDocumentKind.Statement, Issued = PartialDate.Day(2017, 4, 29), Url = "https://example.org/r",
                PlaceOfIssueId = "hanoi", ThirdPartyCopy = true,
            },
            new Pillar { Id = "PS", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "Political-Security Cooperation — test" },
            new Area { Id = "PS.1", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, PillarCode = "PS", Name = "Peace" },
            new ActionLine { Id = "PS.1.1", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, AreaCode = "PS.1", Name = "Line", SupersededBy = "PS.1.2" },
            new MemberState { Id = "vn", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "Việt Nam", IsoAlpha2 = "VN", IsoAlpha3 = "VNM" },
            new StateGrouping { Id = "clmv", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "CLMV", MemberIds = ["vn", "la"] },
            new Place { Id = "hanoi", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "Hội trường", City = "Hà Nội", Country = "Việt Nam", CountryCode = "VN" },
            new Organisation
            {
                Id = "org", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "Organisation", Acronym = "ORG", Aliases = ["O.R.G."],
                Kind = OrganisationKind.Other, Side = Side.Other, ParentId = "parent", Description = "d",
            },
            new Person
            {
                Id = "p", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Name = "Lê Lương Minh", Honorific = "H.E.",
                Roles = [new() { Title = "Secretary-General", OrganisationId = "org", MemberStateId = "vn", During = PartialDate.Years(2013, 2017) }],
            },
            new Instrument
            {
                Id = "i", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Kind = InstrumentKind.Charter, Title = "Charter", ShortName = "C",
                Symbol = "A/RES/1", Date = PartialDate.Day(2011, 11, 19), Period = PartialDate.Since(PartialDate.Year(2016)), Status = InstrumentStatus.Planned,
                History = [new() { Status = InstrumentStatus.InForce, Date = PartialDate.Year(2016).Approximately(), Sources = [new("doc", 9)] }],
                Statements =
                [
                    new Statement
                    {
                        Property = "title", Value = "Charte", Time = PartialDate.Until(PartialDate.Day(2016, 9, 7)), Evidence = [new(new("doc", 9), "« la Charte »")],
                        Basis = StatementBasis.Inferred, Reason = "r", Rank = StatementRank.Preferred, RankReason = RankReason.AlternativeName,
                        PlaceId = "hanoi", BodyId = "org",
                    },
                ],
                PartyIds = ["org"], ActionLineCodes = ["PS.1.1"], ImplementsId = "other", Description = "d",
            },
            new Event
            {
                Id = "e", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Kind = EventKind.Appointment, Title = "Summit", Ordinal = 9,
                Date = PartialDate.DayRange(2017, 4, 28, 29), PlaceId = "hanoi", HostStateId = "vn", ParticipantIds = ["p"], OutcomeIds = ["i"],
                ActionLineCodes = ["PS.1.1"], SidelinesOfId = "other", Description = "d", Planned = true, SubjectIds = ["i"], SeriesId = "a",
            },
            new Activity
            {
                Id = "a", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Title = "Activity", SupporterIds = ["org"], PartnerIds = ["vn"],
                InstrumentIds = ["i"], ActionLineCodes = ["PS.1.1"], Period = PartialDate.Decade(1970).Approximately(), Description = "d",
            },
            new Figure
            {
                Id = "f", Sources = sources, Note = "n", Inferences = inferences, Claims = claims, Title = "Figure", Value = -1234.5678m, Unit = "USD",
                Precision = FigurePrecision.MoreThan, AsOf = PartialDate.Month(2016, 12), SubjectIds = ["org"], ActionLineCodes = ["PS.1.1"], ContinuesId = "f0",
            },
        ];
    }
}
