using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Instruments, plans, frameworks and reports in the order the report first names them (the General Assembly
    // resolutions are in Resolutions.cs). Status is the act the report names (Signed, Adopted, Published, Submitted,
    // Issued, Completed) or Planned/InPreparation for what had not happened yet; where the report names no act, a status
    // read from the period (Concluded, InForce) or from the report's use of the document (Adopted) is marked inferred.
    // Every act the report dates is also a History step, so that an as-of question gets no answer before it.
    private static Instrument[] Instruments() =>
    [
        .. FoundationInstruments(),
        .. EconomicInstruments(),
        .. SocioCulturalInstruments(),
    ];

    // ¶3–¶14: the framework of the partnership and the ASEAN and UN agendas it refers to.
    private static Instrument[] FoundationInstruments() =>
    [
        new Instrument
        {
            Id = "joint-communique-2005",
            Kind = InstrumentKind.JointCommunique,
            Title = "Joint Communiqué of the Second ASEAN-UN Summit",
            ShortName = "Joint Communiqué",
            Date = PartialDate.Day(2005, 9, 13),
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean", "un"],
            Description = "Thanked the UN for backing the ASEAN Community and the Charter, and called for UN agencies to join in every area of community building.",
            Note = "The report calls it \"their Joint Communiqué\"; the title names the summit that issued it.",
            Inferences = [new(nameof(Instrument.Status), "The report quotes the summit's communiqué without naming how it was agreed; a communiqué of a meeting is its adopted text.")],
            Sources = Cite.Paragraphs(3),
        },
        new Instrument
        {
            Id = "bali-concord-ii",
            Kind = InstrumentKind.Declaration,
            Title = "Declaration of Bali Concord II",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            Description = "The ASEAN declaration that set out the ASEAN Community the UN pledged to support.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(3),
        },
        new Instrument
        {
            Id = "asean-charter",
            Kind = InstrumentKind.Charter,
            Title = "ASEAN Charter",
            Status = InstrumentStatus.Planned,
            PartyIds = ["asean"],
            Description = "ASEAN's founding charter; the UN welcomed ASEAN's decision to draw it up.",
            History = [new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2005, 9, 13), Sources = Cite.Paragraphs(3) }],
            Note = "The report records only ASEAN's decision to establish the Charter, as the 2005 summit noted it; its later adoption lies outside the report.",
            Inferences = [new(nameof(Instrument.Status), "¶3 states only ASEAN's decision to establish it, noted on 13 September 2005; Planned holds for that date, not for any later one.")],
            Sources = Cite.Paragraphs(3),
        },
        new Instrument
        {
            Id = "millennium-development-goals",
            Kind = InstrumentKind.Agenda,
            Title = "Millennium Development Goals",
            ShortName = "MDGs",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["un"],
            ActionLineCodes = [ActionLineCodes.MdgAssessment, ActionLineCodes.MdgAcceleration, ActionLineCodes.Education],
            Description = "The UN's global development goals up to 2015, a recurring theme of ASEAN-UN cooperation.",
            Inferences =
            [
                new(nameof(Instrument.Status), Reasons.NamedAsExisting),
                new(nameof(Instrument.PartyIds), "The report names the goals without saying whose they are; they are recorded as the UN's."),
            ],
            Sources = Cite.Paragraphs(3, 5, 25, 26, 37),
        },
        new Instrument
        {
            Id = "asean-un-mou-2007",
            Kind = InstrumentKind.MemorandumOfUnderstanding,
            Title = "Memorandum of Understanding between ASEAN and the UN on ASEAN-UN Cooperation",
            ShortName = "MoU",
            Date = PartialDate.Day(2007, 9, 27),
            Status = InstrumentStatus.Signed,
            History = [new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2007, 9, 27), Sources = Cite.Paragraphs(4) }],
            PartyIds = ["asean", "un"],
            Description = "Set up a partnership across the political, economic and socio-cultural fields and committed both sides to regular consultations.",
            Sources = Cite.Paragraphs(4),
        },
        new Instrument
        {
            Id = "joint-declaration-disaster-management",
            Kind = InstrumentKind.Declaration,
            Title = "Joint Declaration on ASEAN-UN Collaboration in Disaster Management",
            Date = PartialDate.Day(2010, 10, 29),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Day(2010, 10, 29), Sources = Cite.Paragraphs(5) }],
            PartyIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement],
            Description = "The 3rd ASEAN-UN Summit's declaration on working together in disaster management.",
            Sources = Cite.Paragraphs(5),
        },
        new Instrument
        {
            Id = "co-chairs-statement-2010",
            Kind = InstrumentKind.ChairsStatement,
            Title = "Co-Chairs’ Statement of the 3rd ASEAN-UN Summit",
            ShortName = "Co-Chairs’ Statement",
            Date = PartialDate.Day(2010, 10, 29),
            Status = InstrumentStatus.Issued,
            History = [new StatusEntry { Status = InstrumentStatus.Issued, Date = PartialDate.Day(2010, 10, 29), Sources = Cite.Paragraphs(5) }],
            PartyIds = ["asean", "un"],
            Description = "Summed up the deliberations of the 3rd ASEAN-UN Summit.",
            Note = "The report calls it \"the Co-Chairs’ Statement\"; the title names the summit that issued it.",
            Sources = Cite.Paragraphs(5),
        },
        new Instrument
        {
            Id = "joint-declaration-comprehensive-partnership",
            Kind = InstrumentKind.Declaration,
            Title = "Joint Declaration on Comprehensive Partnership between ASEAN and the UN",
            Date = PartialDate.Day(2011, 11, 19),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Day(2011, 11, 19), Sources = Cite.Paragraphs(6) }],
            PartyIds = ["asean", "un"],
            Description = "The framework of ASEAN-UN cooperation since 2011, across the political-security, economic, socio-cultural and secretariat-to-secretariat pillars.",
            Note = "The report names it in four ways: \"Joint Declaration of the Comprehensive Partnership between ASEAN and the UN\" (¶6, ¶14), "
                + "\"Joint Declaration on Comprehensive Partnership between ASEAN and the UN\" (¶8, ¶11, ¶38 and the heading of part II), "
                + "\"Joint Declaration on the Comprehensive Partnership between ASEAN and the UN\" (¶9, ¶10) and "
                + "\"Joint Declaration on ASEAN-UN Comprehensive Partnership\" (¶39). The title is the most frequent form.",
            Sources = Cite.Paragraphs(6, 8, 9, 10, 11, 14, 38, 39),
        },
        new Instrument
        {
            Id = "joint-declaration-annex",
            Kind = InstrumentKind.Framework,
            Title = "Annex of the Joint Declaration of the Comprehensive Partnership between ASEAN and the UN",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean", "un"],
            ImplementsId = "joint-declaration-comprehensive-partnership",
            Description = "Lists the main action lines under each cooperation pillar, carried out mostly by sectoral bodies of ASEAN and agencies of the UN.",
            Inferences =
            [
                new(nameof(Instrument.Status), Reasons.NamedAsExisting),
                new(nameof(Instrument.ImplementsId), "¶14 calls it the Annex of the Joint Declaration; it does not say that it implements the Declaration."),
            ],
            Sources = Cite.Paragraphs(14),
        },
        new Instrument
        {
            Id = "roadmap-for-an-asean-community",
            Kind = InstrumentKind.MasterPlan,
            Title = "Roadmap for an ASEAN Community (2009-2015)",
            Period = PartialDate.Years(2009, 2015),
            Status = InstrumentStatus.Concluded,
            PartyIds = ["asean"],
            Description = "ASEAN's plan for building its Community by 2015, which the ASEAN Leaders asked the UN to support.",
            Inferences = [new(nameof(Instrument.Status), Reasons.StatusFromPeriod)],
            Sources = Cite.Paragraphs(7),
        },
        new Instrument
        {
            Id = "asean-community-vision-2025",
            Kind = InstrumentKind.Framework,
            Title = "ASEAN Community Vision 2025",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "ASEAN's vision for its Community after 2015; ASEAN and the UN seek to align it with the 2030 Agenda.",
            Note = "¶7 calls it, while still in preparation, \"the ASEAN Community’s Post-2015 Vision\"; ¶38 calls it \"ASEAN Vision 2025\".",
            Inferences = [new(nameof(Instrument.Status), "¶10 and ¶38 name it as the vision the Plan of Action takes into account in 2016; the report does not report its adoption.")],
            Sources = Cite.Paragraphs(7, 10, 27, 38),
        },
        new Instrument
        {
            Id = "bali-concord-iii",
            Kind = InstrumentKind.Declaration,
            Title = "Bali Declaration on ASEAN Community in a Global Community of Nations",
            ShortName = "Bali Concord III",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            Description = "ASEAN's declaration aiming at a common ASEAN platform on global issues by 2020, which the UN was asked to support.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(7),
        },
        new Instrument
        {
            Id = "asean-un-work-plan-2015",
            Kind = InstrumentKind.WorkPlan,
            Title = "ASEAN-UN Work Plan for 2015",
            Period = PartialDate.Year(2015),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Until(PartialDate.Day(2014, 11, 12)), Sources = Cite.Paragraphs(8) }],
            PartyIds = ["asean", "un"],
            ImplementsId = "joint-declaration-comprehensive-partnership",
            Description = "Set the 2015 priorities of ASEAN-UN cooperation in every pillar of the Joint Declaration and for regional peace, security and prosperity.",
            Note = "The report gives no adoption date; the 6th ASEAN-UN Summit of 12 November 2014 noted that it had been adopted, so it was adopted no later than that day.",
            Inferences =
            [
                new(nameof(Instrument.ImplementsId), "It sets priorities in all the pillars of the Joint Declaration (¶8); the report does not call it an implementation of it."),
            ],
            Sources = Cite.Paragraphs(8),
        },
        new Instrument
        {
            Id = "comprehensive-partnership-report-2013-2015",
            Kind = InstrumentKind.Report,
            Title = "ASEAN-UN Comprehensive Partnership 2013-2015 Report",
            ShortName = "Joint Report",
            Date = PartialDate.Year(2015),
            Period = PartialDate.Years(2013, 2015),
            Status = InstrumentStatus.Submitted,
            History = [new StatusEntry { Status = InstrumentStatus.Submitted, Date = PartialDate.Until(PartialDate.Day(2015, 11, 22)), Sources = Cite.Paragraphs(9) }],
            PartyIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "The two Secretariats' joint formal review of the Comprehensive Partnership, with recommendations for taking it further.",
            Note = "The report says the two Secretariats jointly submitted it and gives no submission date; the 7th ASEAN-UN Summit of 22 November 2015 welcomed the review it sets out, so it was submitted no later than that day.",
            Inferences = [new(nameof(Instrument.Date), "The report gives no submission date, only that the summit of 22 November 2015 welcomed it; the year is that summit's.")],
            Sources = Cite.Paragraphs(9),
        },
        new Instrument
        {
            Id = "asean-2025-forging-ahead-together",
            Kind = InstrumentKind.Framework,
            Title = "ASEAN 2025 – Forging Ahead Together",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            Description = "ASEAN's agenda for the decade to 2025, whose key elements the ASEAN-UN Plan of Action takes into account.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(9),
        },
        new Instrument
        {
            Id = "agenda-2030",
            Kind = InstrumentKind.Agenda,
            Title = "2030 Agenda for Sustainable Development",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["un"],
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "The UN's global sustainable development agenda, which ASEAN and the UN seek to align with ASEAN's own vision.",
            Note = "¶27 also calls it \"the United Nations 2030 Agenda for Sustainable Development\".",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(9, 10, 27, 38),
        },
        new Instrument
        {
            Id = "asean-un-plan-of-action-2016-2020",
            Kind = InstrumentKind.PlanOfAction,
            Title = "Plan of Action to Implement the Joint Declaration on the Comprehensive Partnership between ASEAN and the UN",
            ShortName = "ASEAN-UN Plan of Action (2016-2020)",
            Date = PartialDate.Month(2016, 9).Approximately(),
            Period = PartialDate.Years(2016, 2020),
            Status = InstrumentStatus.Adopted,
            History =
            [
                new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2015, 9, 29), Sources = Cite.Paragraphs(13) },
                new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2015, 11, 22), Sources = Cite.Paragraphs(9) },
                new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Until(PartialDate.Day(2016, 9, 7)), Sources = Cite.Paragraphs(10, 38) },
            ],
            PartyIds = ["asean", "un"],
            ImplementsId = "joint-declaration-comprehensive-partnership",
            ActionLineCodes = [ActionLineCodes.Disarmament, ActionLineCodes.Agenda2030Complementarity],
            Description = "The five-year plan that puts the Joint Declaration into practice; it sets out the present priorities of cooperation and draws on ASEAN Community Vision 2025 "
                + "and the 2030 Agenda. Mandated by the ministerial meeting of September 2015 and adopted by the ASEAN Foreign Ministers and the UN Secretary-General.",
            Note = "¶38 says it was adopted \"in early September 2016\" (the date, approximate); the 8th ASEAN-UN Summit of 7 September 2016 noted the adoption (¶10), so the adoption step is dated no later than that day.",
            Sources = Cite.Paragraphs(9, 10, 13, 38),
        },
        new Instrument
        {
            Id = "joint-report-2015-2016",
            Kind = InstrumentKind.Report,
            Title = "2015-2016 Joint Report",
            Date = PartialDate.Year(2016),
            Period = PartialDate.Years(2015, 2016),
            Status = InstrumentStatus.Submitted,
            History = [new StatusEntry { Status = InstrumentStatus.Submitted, Date = PartialDate.Until(PartialDate.Day(2016, 9, 22)), Sources = Cite.Paragraphs(11) }],
            PartyIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "The Secretariats' report on progress under the Joint Declaration; the ministerial meeting of September 2016 welcomed the progress it reflects.",
            Note = "The report says the Secretariats submitted it and gives no submission date; the ministerial meeting of 22 September 2016 welcomed the progress it reflects, so it was submitted no later than that day.",
            Inferences = [new(nameof(Instrument.Date), "The report gives no submission date, only that the meeting of 22 September 2016 welcomed the progress it reflects; the year is that meeting's.")],
            Sources = Cite.Paragraphs(11),
        },
    ];

    // ¶21–¶27: connectivity, the economy, food and energy, the MDGs.
    private static Instrument[] EconomicInstruments() =>
    [
        new Instrument
        {
            Id = "regional-action-programme-transport-phase-ii",
            Kind = InstrumentKind.PlanOfAction,
            Title = "Regional Action Programme on Transport Development in Asia and the Pacific – Phase II (2012-2016)",
            Period = PartialDate.Years(2012, 2016),
            Status = InstrumentStatus.Concluded,
            PartyIds = ["un"],
            ActionLineCodes = [ActionLineCodes.TransportConnectivity],
            Description = "A regional transport programme, aligned with ASEAN's connectivity and transport plans, through which the UN and other partners backed ASEAN connectivity.",
            Inferences =
            [
                new(nameof(Instrument.Status), Reasons.StatusFromPeriod),
                new(nameof(Instrument.PartyIds), "¶21 says the UN supports ASEAN through the programme; it does not say whose programme it is."),
            ],
            Sources = Cite.Paragraphs(21),
        },
        new Instrument
        {
            Id = "master-plan-on-asean-connectivity",
            Kind = InstrumentKind.MasterPlan,
            Title = "Master Plan on ASEAN Connectivity",
            ShortName = "MPAC",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.TransportConnectivity, ActionLineCodes.IctConnectivity],
            Description = "ASEAN's plan for regional connectivity, with which the UN transport programme is aligned.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(21),
        },
        new Instrument
        {
            Id = "asean-strategic-transport-plan-2011-2015",
            Kind = InstrumentKind.StrategicPlan,
            Title = "2011-2015 ASEAN Strategic Transport Plan",
            Period = PartialDate.Years(2011, 2015),
            Status = InstrumentStatus.Concluded,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.TransportConnectivity],
            Description = "ASEAN's transport strategy for 2011-2015, with which the UN transport programme is aligned.",
            Inferences = [new(nameof(Instrument.Status), Reasons.StatusFromPeriod)],
            Sources = Cite.Paragraphs(21),
        },
        new Instrument
        {
            Id = "asean-ict-master-plan-2015",
            Kind = InstrumentKind.MasterPlan,
            Title = "ASEAN Information and Communications Technology Master Plan 2015",
            ShortName = "ASEAN ICT Master Plan 2015",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.IctConnectivity],
            Description = "ASEAN's ICT plan with 2015 as its horizon, with which the UN transport programme is aligned.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(21),
        },
        new Instrument
        {
            Id = "asia-pacific-trade-and-investment-report-2015",
            Kind = InstrumentKind.Report,
            Title = "Asia-Pacific Trade and Investment Report 2015: Supporting Participation in Value Chains",
            Date = PartialDate.Month(2015, 11),
            Status = InstrumentStatus.Published,
            History = [new StatusEntry { Status = InstrumentStatus.Published, Date = PartialDate.Month(2015, 11), Sources = Cite.Paragraphs(22) }],
            ActionLineCodes = [ActionLineCodes.TradeAndValueChains, ActionLineCodes.InclusiveDevelopment],
            Description = "Proposes how countries, the ASEAN Member States among them, can join global value chains and make growth inclusive.",
            Sources = Cite.Paragraphs(22),
        },
        new Instrument
        {
            Id = "asean-integrated-food-security-framework",
            Kind = InstrumentKind.Framework,
            Title = "ASEAN Integrated Food Security Framework",
            ShortName = "AIFS",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.FoodSecurity],
            Description = "ASEAN's framework for food security, whose implementation is a focus of ASEAN-UN cooperation.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(23),
        },
        new Instrument
        {
            Id = "spa-fs-2015-2020",
            Kind = InstrumentKind.PlanOfAction,
            Title = "Strategic Plan of Action on Food Security in the ASEAN Region 2015-2020",
            ShortName = "SPA-FS",
            Period = PartialDate.Years(2015, 2020),
            Status = InstrumentStatus.InForce,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.FoodSecurity],
            Description = "ASEAN's food security action plan for 2015-2020, implemented with UN support.",
            Inferences = [new(nameof(Instrument.Status), Reasons.StatusFromPeriod)],
            Sources = Cite.Paragraphs(23),
        },
        new Instrument
        {
            Id = "vision-strategic-plan-food-agriculture-forestry",
            Kind = InstrumentKind.StrategicPlan,
            Title = "Vision and Strategic Plan for ASEAN Cooperation in Food, Agriculture, and Forestry (2016-2025)",
            Date = PartialDate.Month(2015, 9),
            Period = PartialDate.Years(2016, 2025),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Month(2015, 9), Sources = Cite.Paragraphs(23) }],
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.FoodSecurity],
            Description = "ASEAN's ten-year plan for food, agriculture and forestry, drafted by the ASEAN Secretariat with UN technical expertise and endorsed by the Ministers.",
            Sources = Cite.Paragraphs(23),
        },
        new Instrument
        {
            Id = "asean-regional-mdgs-assessment",
            Kind = InstrumentKind.Report,
            Title = "ASEAN Regional MDGs Assessment",
            Status = InstrumentStatus.Completed,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.MdgAssessment],
            Description = "Reviews what the region achieved on the MDGs, names the challenges remaining after 2015 and recommends where and how regional support should go.",
            Note = "The report says the assessment \"resulted in a report\"; it does not say the report was published, nor when.",
            Sources = Cite.Paragraphs(25),
        },
    ];

    // ¶28–¶37: social welfare, health, women, children, labour, environment, disasters, culture and education.
    private static Instrument[] SocioCulturalInstruments() =>
    [
        new Instrument
        {
            Id = "asean-declaration-social-protection",
            Kind = InstrumentKind.Declaration,
            Title = "ASEAN Declaration on Strengthening Social Protection",
            Date = PartialDate.Year(2013),
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.SocialProtection],
            Description = "ASEAN's commitment to stronger social protection, which the UN helps put into practice.",
            Inferences = [new(nameof(Instrument.Status), "¶28 names the declaration with its year, 2013, as one the UN helps implement; it does not report its adoption.")],
            Sources = Cite.Paragraphs(28),
        },
        new Instrument
        {
            Id = "regional-framework-social-protection",
            Kind = InstrumentKind.PlanOfAction,
            Title = "Regional Framework and Action Plan on Strengthening Social Protection",
            Date = PartialDate.Month(2015, 11),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Month(2015, 11), Sources = Cite.Paragraphs(28) }],
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.SocialProtection],
            Description = "ASEAN's framework and action plan on social protection, developed with the UN and adopted by the Leaders.",
            Sources = Cite.Paragraphs(28),
        },
        new Instrument
        {
            Id = "report-social-protection-in-asean",
            Kind = InstrumentKind.Report,
            Title = "Report on Social Protection in ASEAN",
            Status = InstrumentStatus.Unstated,
            ImplementsId = "asean-declaration-social-protection",
            ActionLineCodes = [ActionLineCodes.SocialProtection],
            Description = "A report on social protection in ASEAN, one of the activities through which the UN supports the 2013 Declaration.",
            Note = "The report names it in passing, beside on-going research, and gives neither its authors, a title, a date nor where it stood.",
            Sources = Cite.Paragraphs(28),
        },
        new Instrument
        {
            Id = "strategic-framework-social-welfare-2011-2015",
            Kind = InstrumentKind.Framework,
            Title = "Strategic Framework on Social Welfare and Development for 2011-2015",
            Period = PartialDate.Years(2011, 2015),
            Status = InstrumentStatus.Concluded,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.SocialProtection, ActionLineCodes.Children],
            Description = "ASEAN's social welfare framework for 2011-2015, under which UNICEF helped set priorities for children.",
            Inferences = [new(nameof(Instrument.Status), Reasons.StatusFromPeriod)],
            Sources = Cite.Paragraphs(28),
        },
        new Instrument
        {
            Id = "asean-who-mou-2014",
            Kind = InstrumentKind.MemorandumOfUnderstanding,
            Title = "MoU on the Collaborative Framework between ASEAN and the World Health Organisation",
            Date = PartialDate.Day(2014, 9, 18),
            Period = PartialDate.Years(2014, 2017),
            Status = InstrumentStatus.Signed,
            History = [new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2014, 9, 18), Sources = Cite.Paragraphs(29) }],
            PartyIds = ["asean", "who"],
            ActionLineCodes = [ActionLineCodes.PublicHealth],
            Description = "Sets the collaborative framework between ASEAN and WHO for 2014-2017.",
            Sources = Cite.Paragraphs(29),
        },
        new Instrument
        {
            Id = "fifth-asean-work-program-hiv-aids",
            Kind = InstrumentKind.WorkPlan,
            Title = "5th ASEAN Work Program 2016-2020",
            Period = PartialDate.Years(2016, 2020),
            Status = InstrumentStatus.InPreparation,
            PartyIds = ["atfoa"],
            ActionLineCodes = [ActionLineCodes.PublicHealth],
            Description = "ASEAN's next programme against AIDS, on strategies to speed up the response in the member states; being developed by ATFOA with UNAIDS.",
            Inferences = [new(nameof(Instrument.PartyIds), "¶29 names ATFOA as developing it with UNAIDS; it does not name the programme's parties.")],
            Sources = Cite.Paragraphs(29),
        },
        new Instrument
        {
            Id = "asean-declaration-eliminating-violence-against-women",
            Kind = InstrumentKind.Declaration,
            Title = "ASEAN Declaration on Eliminating Violence against Women",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.GenderEquality],
            Description = "ASEAN's declaration against violence towards women, which UN Women and the ACW implement together.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(30),
        },
        new Instrument
        {
            Id = "cedaw",
            Kind = InstrumentKind.Convention,
            Title = "Convention on the Elimination of all Forms of Discrimination against Women",
            ShortName = "CEDAW",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean-member-states"],
            ActionLineCodes = [ActionLineCodes.GenderEquality],
            Description = "The UN convention on women's rights, whose obligations UN Women helps ASEAN meet.",
            Inferences =
            [
                new(nameof(Instrument.Status), Reasons.NamedAsExisting),
                new(nameof(Instrument.PartyIds), "¶30 speaks of obligations under the convention in ASEAN-UN cooperation without saying whose; the member states are the ones that can have them."),
            ],
            Sources = Cite.Paragraphs(30),
        },
        new Instrument
        {
            Id = "rpa-on-evaw",
            Kind = InstrumentKind.PlanOfAction,
            Title = "ASEAN Regional Plan of Action on Elimination of Violence against Women",
            ShortName = "RPA on EVAW",
            Date = PartialDate.Month(2015, 11),
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = PartialDate.Month(2015, 11), Sources = Cite.Paragraphs(30) }],
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.GenderEquality],
            Description = "ASEAN's regional plan against violence towards women, developed with the UN and adopted by the Leaders.",
            Sources = Cite.Paragraphs(30),
        },
        new Instrument
        {
            Id = "asean-unicef-fac",
            Kind = InstrumentKind.FrameworkAgreement,
            Title = "ASEAN-UNICEF Framework Agreement for Cooperation",
            ShortName = "FAC",
            Date = PartialDate.Day(2014, 12, 3),
            Status = InstrumentStatus.Signed,
            History = [new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2014, 12, 3), Sources = Cite.Paragraphs(31) }],
            PartyIds = ["asean", "unicef"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "Commits ASEAN and UNICEF to shared goals for the survival, growth, development and participation of the region's children.",
            Sources = Cite.Paragraphs(31),
        },
        new Instrument
        {
            Id = "rpa-on-evac",
            Kind = InstrumentKind.PlanOfAction,
            Title = "ASEAN Regional Plan of Action on the Elimination of Violence against Children",
            ShortName = "RPA on EVAC",
            Status = InstrumentStatus.InPreparation,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "ASEAN's regional plan against violence towards children, being developed with UN help.",
            Sources = Cite.Paragraphs(31),
        },
        new Instrument
        {
            Id = "joint-regional-report-nutrition-security",
            Kind = InstrumentKind.Report,
            Title = "Joint Regional Report on Nutrition Security in ASEAN",
            Status = InstrumentStatus.InPreparation,
            PartyIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "A regional report on nutrition security, being prepared with UN help.",
            Inferences = [new(nameof(Instrument.PartyIds), "Its title calls it joint and the UN assists its development (¶31); the report does not name who writes it.")],
            Sources = Cite.Paragraphs(31),
        },
        new Instrument
        {
            Id = "unfccc",
            Kind = InstrumentKind.Convention,
            Title = "United Nations Framework Convention on Climate Change",
            ShortName = "UNFCCC",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean-member-states"],
            ActionLineCodes = [ActionLineCodes.ClimateChange],
            Description = "The UN climate convention, under which the member states have commitments that a UNEP-backed network helps them meet.",
            Note = "The report speaks of commitments under the UNFCCC, so it is recorded as the convention rather than as a body.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(33),
        },
        new Instrument
        {
            Id = "asean-un-work-plan-environment-climate-change",
            Kind = InstrumentKind.WorkPlan,
            Title = "ASEAN-UN Work Plan on Environment and Climate Change (2016-2020)",
            Period = PartialDate.Years(2016, 2020),
            Status = InstrumentStatus.Planned,
            History = [new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Day(2015, 5, 18), Sources = Cite.Paragraphs(34) }],
            PartyIds = ["asean-secretariat", "un-secretariat"],
            ImplementsId = "joint-declaration-comprehensive-partnership",
            ActionLineCodes = [ActionLineCodes.ClimateChange, ActionLineCodes.Environment],
            Description = "A work plan that a planning meeting of May 2015 agreed the two Secretariats would draft, as part of the Comprehensive Partnership framework.",
            Note = "The report records only the agreement to draft it.",
            Inferences =
            [
                new(nameof(Instrument.PartyIds), "¶34 names the two Secretariats as the ones to draft it; it does not name its parties."),
                new(nameof(Instrument.ImplementsId), "¶34 makes it part of the Comprehensive Partnership framework, whose founding text is the Joint Declaration; the report does not name it."),
            ],
            Sources = Cite.Paragraphs(34),
        },
        new Instrument
        {
            Id = "asean-action-plan-joint-responses-to-climate",
            Kind = InstrumentKind.PlanOfAction,
            Title = "ASEAN Action Plan on Joint Responses to Climate",
            Status = InstrumentStatus.Adopted,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.ClimateChange],
            Description = "ASEAN's plan for a joint response to climate change, named as an area for UN support after 2015.",
            Note = "Title as the report gives it; the plan is better known as the ASEAN Action Plan on Joint Response to Climate Change.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(34),
        },
        new Instrument
        {
            Id = "asean-un-strategic-plan-disaster-management",
            Kind = InstrumentKind.StrategicPlan,
            Title = "ASEAN-UN Strategic Plan on Disaster Management (2011-2015)",
            Period = PartialDate.Years(2011, 2015),
            Status = InstrumentStatus.Concluded,
            PartyIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement],
            Description = "The joint plan through which ASEAN and UN agencies coordinated disaster risk management for 2011-2015.",
            Inferences = [new(nameof(Instrument.Status), Reasons.StatusFromPeriod)],
            Sources = Cite.Paragraphs(35),
        },
        new Instrument
        {
            Id = "asean-unesco-fac",
            Kind = InstrumentKind.FrameworkAgreement,
            Title = "ASEAN-UNESCO Framework Agreement for Cooperation",
            ShortName = "FAC",
            Date = PartialDate.Month(2013, 12),
            Status = InstrumentStatus.Signed,
            History = [new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Month(2013, 12), Sources = Cite.Paragraphs(36) }],
            PartyIds = ["asean", "unesco"],
            ActionLineCodes = [ActionLineCodes.Culture, ActionLineCodes.Education],
            Description = "The framework agreement for cooperation between ASEAN and UNESCO, which the two sides are working together to implement.",
            Note = "The report calls it \"the FAC between ASEAN and the UN Educational, Scientific and Cultural Organisation (UNESCO)\".",
            Sources = Cite.Paragraphs(36),
        },
        new Instrument
        {
            Id = "education-for-all-goals",
            Kind = InstrumentKind.Agenda,
            Title = "Education for All goals",
            ShortName = "EFA",
            Status = InstrumentStatus.Adopted,
            ActionLineCodes = [ActionLineCodes.Education],
            Description = "Six global education goals, which collaborative projects in Southeast Asia helped the member states attain.",
            Inferences = [new(nameof(Instrument.Status), Reasons.NamedAsExisting)],
            Sources = Cite.Paragraphs(37),
        },
        new Instrument
        {
            Id = "asean-work-plan-on-education-2016-2020",
            Kind = InstrumentKind.WorkPlan,
            Title = "ASEAN five-year Work Plan on Education (2016-2020)",
            Date = PartialDate.Year(2016).Approximately(),
            Period = PartialDate.Years(2016, 2020),
            Status = InstrumentStatus.Planned,
            PartyIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.Education],
            Description = "ASEAN's education work plan for 2016-2020, with UN input; due for adoption in early 2016.",
            Note = "The report says it \"will be adopted in early 2016\" and does not record the adoption, so it stays planned with an approximate date.",
            Sources = Cite.Paragraphs(37),
        },
    ];
}
