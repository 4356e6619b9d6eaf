using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.TestData;

/// <summary>
/// A small dataset with every record type, built in code, for tests that must not depend on the built-in data.
/// Its facts are invented for testing; names carry diacritics and typographic quotes on purpose.
/// </summary>
internal static class SampleDataset
{
    public const string Document = "test-report";

    public static EquatableArray<Citation> Cite(params int[] paragraphs)
    {
        var citations = new List<Citation>();
        foreach (var paragraph in paragraphs)
        {
            citations.Add(new Citation(Document, paragraph));
        }

        return EquatableArray.From(citations);
    }

    public static PartnershipDataset Create() => new("test-1", PartialDate.Month(2017, 3), Records());

    public static List<PartnershipRecord> Records() =>
    [
        new SourceDocument { Id = Document, Title = "Test Report", Publisher = "Test Publisher", AsOf = PartialDate.Month(2017, 3), ParagraphCount = 10, Sources = Cite(1) },
        new Pillar { Id = "PS", Name = "Political-Security Cooperation", Sources = Cite(1) },
        new Pillar { Id = "SC", Name = "Socio-Cultural Cooperation", Sources = Cite(1) },
        new Area { Id = "PS.1", PillarCode = "PS", Name = "Peace and Security", Sources = Cite(2) },
        new Area { Id = "SC.1", PillarCode = "SC", Name = "Human Development and Social Welfare", Sources = Cite(3) },
        new Area { Id = "SC.2", PillarCode = "SC", Name = "Environment, Climate Change and Disaster Risk Management", Sources = Cite(3) },
        new Area { Id = "SC.3", PillarCode = "SC", Name = "Culture and Education", Sources = Cite(3) },
        new ActionLine { Id = "PS.1.2", AreaCode = "PS.1", Name = "Peacekeeping", Sources = Cite(2) },
        new ActionLine { Id = "SC.1.2", AreaCode = "SC.1", Name = "Children", Sources = Cite(3) },
        new ActionLine { Id = "SC.2.3", AreaCode = "SC.2", Name = "Disaster risk management", Sources = Cite(3) },
        new ActionLine { Id = "SC.3.2", AreaCode = "SC.3", Name = "Education", Sources = Cite(3) },
        new MemberState { Id = "cambodia", Name = "Cambodia", IsoAlpha2 = "KH", IsoAlpha3 = "KHM", Sources = Cite(4) },
        new MemberState { Id = "lao-pdr", Name = "Lao PDR", IsoAlpha2 = "LA", IsoAlpha3 = "LAO", Sources = Cite(4) },
        new MemberState { Id = "viet-nam", Name = "Viet Nam", IsoAlpha2 = "VN", IsoAlpha3 = "VNM", Sources = Cite(4) },
        new StateGrouping { Id = "clmv", Name = "CLMV", MemberIds = ["cambodia", "lao-pdr", "viet-nam"], Sources = Cite(4) },
        new Place { Id = "new-york", Name = "New York", City = "New York", Country = "U.S.A.", CountryCode = "US", Sources = Cite(5) },
        new Place { Id = "un-headquarters", Name = "UN Headquarters", City = "New York", Country = "U.S.A.", CountryCode = "US", Sources = Cite(5) },
        new Place { Id = "jakarta", Name = "Jakarta", City = "Jakarta", Country = "Indonesia", CountryCode = "ID", Sources = Cite(5) },
        new Place { Id = "hanoi", Name = "Hà Nội", City = "Hà Nội", Country = "Viet Nam", CountryCode = "VN", Sources = Cite(5) },
        new Organisation { Id = "un", Name = "United Nations", Acronym = "UN", Kind = OrganisationKind.IntergovernmentalOrganisation, Side = Side.UnitedNations, Sources = Cite(6) },
        new Organisation { Id = "unicef", Name = "United Nations Children’s Fund", Acronym = "UNICEF", Kind = OrganisationKind.FundOrProgramme, Side = Side.UnitedNations, ParentId = "un", Sources = Cite(6) },
        new Organisation
        {
            Id = "unescap", Name = "UN Economic and Social Commission for Asia and the Pacific", Acronym = "UNESCAP", Aliases = ["ESCAP", "UN-ESCAP"],
            Kind = OrganisationKind.RegionalCommission, Side = Side.UnitedNations, ParentId = "un", Sources = Cite(6),
        },
        new Organisation { Id = "asean-secretariat", Name = "ASEAN Secretariat", Kind = OrganisationKind.Secretariat, Side = Side.Asean, Sources = Cite(6) },
        new Organisation { Id = "somswd", Name = "ASEAN Senior Officials’ Meeting on Social Welfare and Development", Acronym = "SOMSWD", Kind = OrganisationKind.SectoralBody, Side = Side.Asean, Sources = Cite(6) },
        new Organisation { Id = "seameo", Name = "Southeast Asian Ministers of Education Organisation", Acronym = "SEAMEO", Kind = OrganisationKind.Other, Side = Side.Other, Sources = Cite(6) },
        new Person
        {
            Id = "le-luong-minh", Name = "Lê Lương Minh", Honorific = "H.E.",
            Roles = [new Role { Title = "Secretary-General of ASEAN", OrganisationId = "asean-secretariat", During = PartialDate.Year(2015) }],
            Sources = Cite(7),
        },
        new Instrument
        {
            Id = "unicef-fac", Kind = InstrumentKind.FrameworkAgreement, Title = "ASEAN-UNICEF Framework Agreement for Cooperation", ShortName = "FAC",
            Date = PartialDate.Day(2014, 12, 3), Status = InstrumentStatus.Signed, PartyIds = ["asean-secretariat", "unicef"], ActionLineCodes = ["SC.1.2"], Sources = Cite(8),
        },
        new Instrument
        {
            Id = "education-work-plan", Kind = InstrumentKind.WorkPlan, Title = "Work Plan on Education (2016-2020)", Date = PartialDate.Year(2016).Approximately(),
            Period = PartialDate.Years(2016, 2020), Status = InstrumentStatus.Planned, PartyIds = ["seameo"], ActionLineCodes = ["SC.3.2"], Sources = Cite(8),
        },
        new Instrument
        {
            Id = "disaster-plan", Kind = InstrumentKind.StrategicPlan, Title = "Strategic Plan on Disaster Management (2011-2015)",
            Period = PartialDate.Years(2011, 2015), Status = InstrumentStatus.Adopted, ActionLineCodes = ["SC.2.3"], Sources = Cite(8),
        },
        new Event
        {
            Id = "summit-2", Kind = EventKind.Summit, Title = "Second ASEAN-UN Summit", Ordinal = 2, Date = PartialDate.Day(2005, 9, 13), PlaceId = "un-headquarters",
            ParticipantIds = ["un", "asean-secretariat"], ActionLineCodes = ["PS.1.2"], Sources = Cite(9),
        },
        new Event
        {
            Id = "s2s-2016", Kind = EventKind.SecretariatMeeting, Title = "S2S Meeting", Date = PartialDate.Day(2016, 9, 21), PlaceId = "new-york",
            ParticipantIds = ["un", "asean-secretariat"], Sources = Cite(9),
        },
        new Event
        {
            Id = "workshop-2014", Kind = EventKind.Workshop, Title = "Workshop on Children", Date = PartialDate.DayRange(2014, 6, 19, 21), PlaceId = "hanoi",
            ParticipantIds = ["unescap", "clmv"], ActionLineCodes = ["SC.1.2"], Sources = Cite(9),
        },
        new Event
        {
            Id = "call-2015", Kind = EventKind.CourtesyCall, Title = "Courtesy call on the Secretary-General", Date = PartialDate.Day(2015, 6, 26), PlaceId = "jakarta",
            ParticipantIds = ["le-luong-minh", "unescap"], Sources = Cite(9),
        },
        new Activity
        {
            Id = "unicef-somswd", Title = "UNICEF supports SOMSWD on priorities concerning children", SupporterIds = ["unicef"], PartnerIds = ["somswd"],
            ActionLineCodes = ["SC.1.2"], Period = PartialDate.Since(PartialDate.Year(2012)), Sources = Cite(10),
        },
        new Figure
        {
            Id = "peacekeepers", Title = "Personnel contributed to UN peacekeeping", Value = 5500, Unit = "personnel", Precision = FigurePrecision.Approximate,
            AsOf = PartialDate.Month(2015, 7), SubjectIds = ["clmv"], ActionLineCodes = ["PS.1.2"], Sources = Cite(10),
        },
    ];
}
