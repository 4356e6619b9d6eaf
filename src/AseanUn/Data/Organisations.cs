using AseanUn.Authoring;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Every body the report names, on either side and beyond. Names and acronyms are the report's; where the
    // report gives only an acronym (FAO, ILO, UNAIDS, AHA Centre) the name is the body's own and a note says so.
    // Where the report misspells a name, the name is the body's own, the report's spelling is an alias and a note
    // says so. Offices held by one person that take part in events without being named (the UN Secretary-General,
    // the President of the General Assembly) are posts; named people's titles are roles (People.cs).
    private static Organisation[] Organisations() =>
    [
        .. UnitedNationsBodies(),
        .. AseanBodies(),
        .. OtherBodies(),
    ];

    private static Organisation[] UnitedNationsBodies() =>
    [
        Un("un", "United Nations", "UN", OrganisationKind.IntergovernmentalOrganisation, null,
            "The world organisation, ASEAN's partner in the Comprehensive Partnership.", 1, 3, 4, 12),
        Un("un-general-assembly", "UN General Assembly", "UNGA", OrganisationKind.PrincipalOrgan, "un",
            "The UN's plenary organ; its resolutions on cooperation with ASEAN are recorded in the dataset.", 11, 12),
        Un("president-of-the-unga", "President of the UN General Assembly", null, OrganisationKind.Post, "un-general-assembly",
            "The presiding officer of a General Assembly session, a regular guest of the annual ministerial meeting with ASEAN.", 11),
        Un("un-secretariat", "UN Secretariat", null, OrganisationKind.Secretariat, "un",
            "The UN's secretariat, counterpart of the ASEAN Secretariat in the Secretariat-to-Secretariat mechanism.", 9, 11, 34, 38, 39),
        Un("un-secretary-general", "UN Secretary-General", null, OrganisationKind.Post, "un-secretariat",
            "The head of the UN Secretariat, who meets the ASEAN Leaders at the summits and the ASEAN Foreign Ministers each year.", 3, 11, 17, 38)
            with { Aliases = ["Secretary-General of the UN"] },
        Un("undp", "UN Development Programme", "UNDP", OrganisationKind.FundOrProgramme, "un",
            "ASEAN's first UN partner from the early 1970s; later supported the CLMV countries on the MDGs.", 1, 26)
            with { Aliases = ["United Nations Development Programme"] },
        Un("unctad", "UN Conference on Trade and Development", "UNCTAD", OrganisationKind.Conference, "un",
            "The UN body on trade and development whose tenth session hosted the first ASEAN-UN Summit on its sidelines.", 2)
            with { Aliases = ["United Nations Conference on Trade and Development"] },
        Un("unescap", "UN Economic and Social Commission for Asia and the Pacific", "UNESCAP", OrganisationKind.RegionalCommission, "un",
            "The UN regional commission for Asia and the Pacific; works with ASEAN on the MDGs, the 2030 Agenda and has a regional adviser on ASEAN.", 13, 26, 27, 40)
            with { Aliases = ["ESCAP", "UN-ESCAP", "United Nations Economic and Social Commission for Asia and the Pacific"] },
        Un("unescap-regional-adviser-on-asean", "Regional Adviser on ASEAN", null, OrganisationKind.Post, "unescap",
            "A UNESCAP post dedicated to ASEAN, filled in October 2015.", 40),
        Un("ohchr", "Office of the UN High Commissioner for Human Rights", "OHCHR", OrganisationKind.Office, "un-secretariat",
            "The UN's human-rights office, working with ASEAN's human-rights bodies.", 19),
        Un("un-women", "UN Women", null, OrganisationKind.FundOrProgramme, "un",
            "The UN entity for gender equality; partner of the ASEAN Committee on Women.", 19, 30),
        Un("unicef", "UN Children’s Fund", "UNICEF", OrganisationKind.FundOrProgramme, "un",
            "The UN fund for children; party to a framework agreement with ASEAN and adviser to its social welfare officials.", 28, 31)
            with { Aliases = ["United Nations Children's Fund"] },
        Un("who", "World Health Organisation", "WHO", OrganisationKind.SpecialisedAgency, "un",
            "The UN health agency, party to a collaborative-framework MoU with ASEAN.", 29)
            with { Aliases = ["World Health Organization"] },
        Un("unaids", "Joint United Nations Programme on HIV/AIDS", "UNAIDS", OrganisationKind.FundOrProgramme, "un",
            "The UN programme on HIV/AIDS, working with the ASEAN Task Force on AIDS.", 29)
            with { Note = "The report names the programme by its acronym only." },
        Un("ilo", "International Labour Organization", "ILO", OrganisationKind.SpecialisedAgency, "un",
            "The UN labour agency, funder of the ASEAN TRIANGLE PROJECT on migrant workers.", 32)
            with { Note = "The report names the organisation by its acronym only (\"ILO-funded\")." },
        Un("fao", "Food and Agriculture Organization of the United Nations", "FAO", OrganisationKind.SpecialisedAgency, "un",
            "The UN food and agriculture agency, ASEAN's partner in a bio-energy and food security project.", 24)
            with { Note = "The report names the organisation by its acronym only (\"ASEAN-FAO project\")." },
        Un("unep", "United Nations Environment Programme", "UNEP", OrganisationKind.FundOrProgramme, "un",
            "The UN environment programme, which backs a regional climate change network.", 33),
        Un("unesco", "UN Educational, Scientific and Cultural Organisation", "UNESCO", OrganisationKind.SpecialisedAgency, "un",
            "The UN agency for education, science and culture, party to a framework agreement with ASEAN.", 36, 37)
            with { Aliases = ["United Nations Educational, Scientific and Cultural Organization"] },
        Un("unesco-bangkok", "UNESCO Regional Office in Bangkok", null, OrganisationKind.Office, "unesco",
            "UNESCO's regional office, SEAMEO's partner in reaching under-served learners.", 37),
        Un("un-liaison-officers-to-asean", "UN Liaison Officers to ASEAN", null, OrganisationKind.Post, "un",
            "UN staff posted to Jakarta to work with ASEAN: three officers, for political-security issues, humanitarian affairs, and drug control and crime prevention.", 40),
        Un("un-resident-coordinator-indonesia", "United Nations Resident Coordinator in Indonesia", null, OrganisationKind.Post, "un",
            "The UN's senior official in Indonesia, who from September 2016 also represents the UN with ASEAN in Jakarta.", 40),
        Un("asean-triangle-project", "ASEAN TRIANGLE PROJECT", null, OrganisationKind.Other, "ilo",
            "An ILO-funded project to better protect the rights of migrant workers in ASEAN.", 32)
            with { Aliases = ["TRIANGLE"] },
    ];

    private static Organisation[] AseanBodies() =>
    [
        Asean("asean", "Association of Southeast Asian Nations", "ASEAN", OrganisationKind.IntergovernmentalOrganisation, null,
            "The regional organisation of ten Southeast Asian states, the UN's partner in the Comprehensive Partnership.", 1, 3, 4, 12)
            with { Note = "The report uses the acronym only." },
        Asean("asean-secretariat", "ASEAN Secretariat", null, OrganisationKind.Secretariat, "asean",
            "ASEAN's secretariat in Jakarta, counterpart of the UN Secretariat.", 9, 11, 18, 23, 27, 38, 39, 40, 41),
        Asean("asean-foreign-ministers", "ASEAN Foreign Ministers’ Meeting", null, OrganisationKind.SectoralBody, "asean",
            "The ASEAN Foreign Ministers, who meet the UN Secretary-General and the President of the General Assembly each year.", 11, 27, 38)
            with { Aliases = ["ASEAN Foreign Ministers"] },
        Asean("cpr", "Committee of Permanent Representatives to ASEAN", "CPR", OrganisationKind.SectoralBody, "asean",
            "The member states' permanent representatives in Jakarta, with whom UN officials hold interface meetings.", 13),
        Asean("arf", "ASEAN Regional Forum", "ARF", OrganisationKind.Forum, "asean",
            "An ASEAN-led security dialogue to whose activities the UN contributes.", 15, 35),
        Asean("apcn", "ASEAN Peacekeeping Centres Network", "APCN", OrganisationKind.Network, "asean",
            "The network of the member states' peacekeeping centres, a channel of peacekeeping cooperation with the UN.", 16),
        Asean("aipr", "ASEAN Institute for Peace and Reconciliation", "AIPR", OrganisationKind.Centre, "asean",
            "ASEAN's institute for peace and reconciliation, supported by an ASEAN-UN event in 2015.", 16),
        Asean("aichr", "ASEAN Intergovernmental Commission on Human Rights", "AICHR", OrganisationKind.Commission, "asean",
            "ASEAN's human-rights commission, which runs an annual advanced training with UN input.", 19, 20),
        Asean("acwc", "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children’s", "ACWC", OrganisationKind.Commission, "asean",
            "ASEAN's commission on the rights of women and children.", 19, 20)
            with
            {
                Aliases = ["ASEAN Commission on the Promotion and Protection of the Rights of Women and Children"],
                Note = "The name is as the report writes it, \"Women and Children’s\"; the commission's own name ends \"Women and Children\" (an alias).",
            },
        Asean("acw", "ASEAN Committee of Women", "ACW", OrganisationKind.SectoralBody, "asean",
            "ASEAN's sectoral body on women, UN Women's partner against violence against women.", 19, 30)
            with
            {
                Aliases = ["ASEAN Committee on Women"],
                Note = "The name is as the report writes it; the committee's own name is \"ASEAN Committee on Women\" (an alias).",
            },
        Asean("aec", "ASEAN Economic Community", "AEC", OrganisationKind.Other, "asean",
            "ASEAN's economic pillar, which the UN supports in joining the global economy.", 22),
        Asean("ace", "ASEAN Centre for Energy", "ACE", OrganisationKind.Centre, "asean",
            "ASEAN's energy centre, which worked with the UN on energy priorities for Southeast Asia.", 24),
        Asean("aha-centre", "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management", "AHA Centre", OrganisationKind.Centre, "asean",
            "ASEAN's disaster response coordination centre, which receives UN capacity and technical support.", 35)
            with { Note = "The report names the centre by its short name only." },
        Asean("erat", "ASEAN Emergency Response and Assessment Team", "ERAT", OrganisationKind.TaskForce, "aha-centre",
            "ASEAN's emergency response and assessment team, for which the UN provides trainers.", 35),
        Asean("somswd", "ASEAN Senior Officials’ Meeting on Social Welfare and Development", "SOMSWD", OrganisationKind.SectoralBody, "asean",
            "ASEAN's senior officials on social welfare, advised by UNICEF on children's issues.", 28),
        Asean("atfoa", "ASEAN Task Force on AIDS", "ATFOA", OrganisationKind.TaskForce, "asean",
            "ASEAN's task force on HIV/AIDS, drafting its next work programme with UNAIDS.", 29),
        Asean("slom", "ASEAN Senior Labour Officials Meeting", "SLOM", OrganisationKind.SectoralBody, "asean",
            "ASEAN's senior labour officials, whose regional activities the TRIANGLE project funds.", 32),
        Asean("somca", "ASEAN Senior Officials on Culture and Arts", "SOMCA", OrganisationKind.SectoralBody, "asean",
            "ASEAN's senior officials on culture and arts, with whom the UN explores new fields of cooperation.", 36),
    ];

    private static Organisation[] OtherBodies() =>
    [
        Body("seameo", "Southeast Asian Ministers of Education Organisation", "SEAMEO", OrganisationKind.IntergovernmentalOrganisation, Side.Other, null,
            "A regional education organisation outside ASEAN, the platform of an ASEAN initiative on access to education.", 37),
        Body("southeast-asia-climate-change-network", "Southeast Asia Climate Change Network", null, OrganisationKind.Network, Side.Other, null,
            "A regional network, backed by UNEP, that helps the member states meet their climate commitments.", 33),
    ];

    private static Organisation Un([RecordId] string id, string name, string? acronym, OrganisationKind kind, [RecordReference(typeof(Organisation))] string? parent, string description, params int[] paragraphs) =>
        Body(id, name, acronym, kind, Side.UnitedNations, parent, description, paragraphs);

    private static Organisation Asean([RecordId] string id, string name, string? acronym, OrganisationKind kind, [RecordReference(typeof(Organisation))] string? parent, string description, params int[] paragraphs) =>
        Body(id, name, acronym, kind, Side.Asean, parent, description, paragraphs);

    private static Organisation Body([RecordId] string id, string name, string? acronym, OrganisationKind kind, Side side, [RecordReference(typeof(Organisation))] string? parent, string description, params int[] paragraphs) =>
        new()
        {
            Id = id,
            Name = name,
            Acronym = acronym,
            Kind = kind,
            Side = side,
            ParentId = parent,
            Description = description,
            Sources = Cite.Paragraphs(paragraphs),
        };
}
