using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Ongoing lines of support, in the order of the report. Supporters are usually UN bodies, partners ASEAN
    // bodies, states or groupings. Period is set only where the report dates the line of work.
    private static Activity[] Activities() =>
    [
        .. BackgroundActivities(),
        .. PoliticalSecurityActivities(),
        .. EconomicActivities(),
        .. SocioCulturalActivities(),
        .. SecretariatActivities(),
    ];

    // ¶1, ¶11, ¶12: the roots of the relationship and its standing channels.
    private static Activity[] BackgroundActivities() =>
    [
        new Activity
        {
            Id = "undp-study-economic-cooperation",
            Title = "UNDP-sponsored study of ASEAN economic cooperation",
            SupporterIds = ["undp"],
            PartnerIds = ["asean"],
            ActionLineCodes = [],
            Period = PartialDate.Decade(1970).Approximately(),
            Description = "ASEAN's first cooperation with the UN system: a two-year study, paid for by UNDP, that later grounded ASEAN cooperation in industry, "
                + "agriculture and forestry, transport, finance, money and insurance.",
            Inferences = [new(nameof(Activity.Period), "¶1 dates the start of relations with UNDP to the early 1970s, not the study; the decade, approximate, is the nearest the text allows.")],
            Sources = Cite.Paragraphs(1),
        },
        new Activity
        {
            Id = "annual-asean-un-ministerial-meeting",
            Title = "Annual ASEAN-UN Ministerial Meeting (AUMM)",
            SupporterIds = ["un-secretary-general", "president-of-the-unga"],
            PartnerIds = ["asean-foreign-ministers"],
            ActionLineCodes = [],
            Period = PartialDate.Since(PartialDate.Year(2010)),
            Description = "A yearly exchange of views between the ASEAN Foreign Ministers, the President of the General Assembly and the UN Secretary-General; "
                + "the Secretariats report to it on the Joint Declaration.",
            Sources = Cite.Paragraphs(11, 39),
        },
        new Activity
        {
            Id = "unga-cooperation-with-asean",
            Title = "General Assembly resolutions on cooperation between the UN and ASEAN",
            SupporterIds = ["un-general-assembly"],
            PartnerIds = ["asean"],
            InstrumentIds =
            [
                "unga-resolution-57-35", "unga-resolution-59-5", "unga-resolution-61-44", "unga-resolution-63-35",
                "unga-resolution-65-235", "unga-resolution-67-110", "unga-resolution-68-49", "unga-resolution-69-110",
            ],
            ActionLineCodes = [],
            Description = "Through its resolutions the General Assembly keeps widening contacts with ASEAN, brings ASEAN into its high-level meetings with "
                + "regional organisations, and keeps the sub-item \"Cooperation between the UN and ASEAN\" on the provisional agenda of each session.",
            Sources = Cite.Paragraphs(12),
        },
    ];

    // ¶15–¶20: peace and security, human rights.
    private static Activity[] PoliticalSecurityActivities() =>
    [
        new Activity
        {
            Id = "un-in-asean-led-mechanisms",
            Title = "UN contributions to ASEAN-led mechanisms",
            SupporterIds = ["un"],
            PartnerIds = ["arf"],
            ActionLineCodes = [ActionLineCodes.AseanLedMechanisms],
            Description = "The UN takes part in the work of mechanisms that ASEAN leads, the ASEAN Regional Forum among them.",
            Sources = Cite.Paragraphs(15),
        },
        new Activity
        {
            Id = "peacekeeping-cooperation",
            Title = "Peace-keeping and post-conflict peace-building cooperation",
            SupporterIds = ["un"],
            PartnerIds = ["apcn", "asean-member-states"],
            ActionLineCodes = [ActionLineCodes.Peacekeeping],
            Description = "Work through the member states' national focal points and the peacekeeping centres network, to whose missions the member states have given "
                + "both personnel and technical expertise; the focus ahead is the member states' peace-keeping capacity, through training and the exchange of policies and good practice.",
            Sources = Cite.Paragraphs(16),
        },
        new Activity
        {
            Id = "aured",
            Title = "Track 1.5 ASEAN-UN Regional Dialogue (AURED)",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.ConflictPrevention],
            Period = PartialDate.Since(PartialDate.Year(2012)),
            Description = "A series of dialogues for sharing experience and good practice on preventing conflict and on preventive diplomacy.",
            Sources = Cite.Paragraphs(16),
        },
        new Activity
        {
            Id = "transnational-crime-cooperation",
            Title = "Cooperation on transnational crime and international terrorism",
            SupporterIds = ["un"],
            PartnerIds = ["asean-member-states", "asean-secretariat"],
            ActionLineCodes = [ActionLineCodes.TransnationalCrime],
            Description = "ASEAN takes part in UN regional workshops and conferences on cybercrime, counter-terrorism and foreign terrorist fighters, illicit drugs, "
                + "human trafficking and environmental crime; the UN joins ASEAN meetings on irregular migration, drugs and other crimes.",
            Sources = Cite.Paragraphs(18),
        },
        new Activity
        {
            Id = "human-rights-capacity-building",
            Title = "Human-rights information sharing and capacity building",
            SupporterIds = ["ohchr", "un-women"],
            PartnerIds = ["aichr", "acwc", "acw"],
            ActionLineCodes = [ActionLineCodes.HumanRightsCapacity],
            Description = "UN human-rights and gender bodies share information with ASEAN's human-rights, women's and children's bodies and build their capacity.",
            Sources = Cite.Paragraphs(19),
        },
        new Activity
        {
            Id = "aichr-advanced-training",
            Title = "Annual AICHR Advanced Training on Human Rights",
            SupporterIds = ["un"],
            PartnerIds = ["aichr"],
            ActionLineCodes = [ActionLineCodes.HumanRightsCapacity],
            Description = "A yearly AICHR training, one of several ASEAN trainings to which UN agencies bring their knowledge.",
            Sources = Cite.Paragraphs(19),
        },
        new Activity
        {
            Id = "human-rights-consultations",
            Title = "Regular consultations among human-rights bodies",
            SupporterIds = ["un"],
            PartnerIds = ["aichr", "acwc"],
            ActionLineCodes = [ActionLineCodes.HumanRightsConsultations],
            Description = "Standing consultation mechanisms among the agencies and bodies; the UN backs AICHR-ACWC engagement and their dialogue with international human-rights institutions.",
            Sources = Cite.Paragraphs(20),
        },
    ];

    // ¶21–¶27: connectivity, the economy, food and energy, the MDGs and the 2030 Agenda.
    private static Activity[] EconomicActivities() =>
    [
        new Activity
        {
            Id = "regional-transport-connectivity-support",
            Title = "Support to regional connectivity through the Regional Action Programme on Transport Development",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            InstrumentIds =
            [
                "regional-action-programme-transport-phase-ii", "master-plan-on-asean-connectivity",
                "asean-strategic-transport-plan-2011-2015", "asean-ict-master-plan-2015",
            ],
            ActionLineCodes = [ActionLineCodes.TransportConnectivity, ActionLineCodes.IctConnectivity],
            Period = PartialDate.Years(2012, 2016),
            Description = "The UN and other partners back ASEAN connectivity through a regional transport programme aligned with ASEAN's connectivity, transport and ICT plans.",
            Inferences = [new(nameof(Activity.Period), "¶21 gives the period of the programme the support goes through (2012-2016), not of the support itself.")],
            Sources = Cite.Paragraphs(21),
        },
        new Activity
        {
            Id = "aec-support",
            Title = "Support to the ASEAN Economic Community",
            SupporterIds = ["un"],
            PartnerIds = ["aec", "asean-member-states"],
            InstrumentIds = ["asia-pacific-trade-and-investment-report-2015"],
            ActionLineCodes =
            [
                ActionLineCodes.EconomicIntegration, ActionLineCodes.SmeCompetitiveness,
                ActionLineCodes.InclusiveDevelopment, ActionLineCodes.TradeAndValueChains,
            ],
            Description = "UN help for ASEAN's place in the global economy: better operational and regulatory frameworks, competitive enterprises and SMEs, "
                + "a narrower development gap, inclusive and sustainable growth and the economic empowerment of women and youth.",
            Sources = Cite.Paragraphs(22),
        },
        new Activity
        {
            Id = "food-security-cooperation",
            Title = "Food security cooperation",
            SupporterIds = ["un"],
            PartnerIds = ["asean", "asean-secretariat"],
            InstrumentIds = ["asean-integrated-food-security-framework", "spa-fs-2015-2020", "vision-strategic-plan-food-agriculture-forestry"],
            ActionLineCodes = [ActionLineCodes.FoodSecurity],
            Description = "Work on carrying out ASEAN's food security framework and action plan; UN experts helped the ASEAN Secretariat draft the ten-year food, agriculture and forestry plan.",
            Sources = Cite.Paragraphs(23),
        },
        new Activity
        {
            Id = "food-safety-capacity-building",
            Title = "Food safety and competitiveness of food commodities",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.FoodSafety],
            Description = "Capacity building and the application of international food safety standards to make the region's food commodities safer and more competitive.",
            Sources = Cite.Paragraphs(23),
        },
        new Activity
        {
            Id = "energy-priority-action-areas",
            Title = "Priority action areas on energy for Southeast Asia",
            SupporterIds = ["un"],
            PartnerIds = ["ace"],
            ActionLineCodes = [ActionLineCodes.EnergySecurity],
            Description = "Following up APEF 2013, the ASEAN Centre for Energy and the UN set out where energy action in the region should focus.",
            Sources = Cite.Paragraphs(24),
        },
        new Activity
        {
            Id = "bio-energy-and-food-security-project",
            Title = "Bio-energy and Food Security in ASEAN (2012-2014)",
            SupporterIds = ["fao"],
            PartnerIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.EnergySecurity, ActionLineCodes.FoodSecurity],
            Period = PartialDate.Years(2012, 2014),
            Description = "A two-year ASEAN-FAO project, completed successfully, for a more sustainable bio-energy sector in the region.",
            Sources = Cite.Paragraphs(24),
        },
        new Activity
        {
            Id = "greenhouse-gas-reduction",
            Title = "Reducing greenhouse gas emissions",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            ActionLineCodes = [ActionLineCodes.GreenhouseGasReduction],
            Description = "Regional workshops and training in ASEAN on cutting greenhouse gas emissions.",
            Sources = Cite.Paragraphs(24),
        },
        new Activity
        {
            Id = "regional-mdgs-assessment-support",
            Title = "Technical support to the ASEAN Regional MDGs Assessment",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-regional-mdgs-assessment", "millennium-development-goals"],
            ActionLineCodes = [ActionLineCodes.MdgAssessment],
            Description = "UN technical help for ASEAN's regional review of the MDGs.",
            Sources = Cite.Paragraphs(25),
        },
        new Activity
        {
            Id = "clmv-mdgs-acceleration",
            Title = "Accelerating the MDGs in Cambodia, Lao PDR, Myanmar and Viet Nam",
            SupporterIds = ["undp", "unescap"],
            PartnerIds = ["clmv"],
            InstrumentIds = ["millennium-development-goals"],
            ActionLineCodes = [ActionLineCodes.MdgAcceleration],
            Description = "Training and advice from UNDP and UNESCAP to help the CLMV countries speed up progress on the MDGs.",
            Sources = Cite.Paragraphs(26),
        },
        new Activity
        {
            Id = "post-2015-data-and-statistics",
            Title = "Data and statistics for the post-2015 development framework",
            SupporterIds = ["un"],
            PartnerIds = ["asean-member-states"],
            ActionLineCodes = [ActionLineCodes.DevelopmentStatistics],
            Description = "UN help to the member states in collecting data and statistics for the development framework after 2015.",
            Sources = Cite.Paragraphs(26),
        },
        new Activity
        {
            Id = "vision-2025-and-agenda-2030-complementarity",
            Title = "Complementarities between the ASEAN Community Vision 2025 and the 2030 Agenda",
            SupporterIds = ["un", "unescap"],
            PartnerIds = ["asean", "asean-secretariat"],
            InstrumentIds = ["asean-community-vision-2025", "agenda-2030"],
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "Initiatives and meetings to carry out the 2030 Agenda in ASEAN in step with ASEAN's own 2025 vision.",
            Sources = Cite.Paragraphs(27, 38),
        },
    ];

    // ¶28–¶37: social welfare, health, women, children, labour, environment, disasters, culture and education.
    private static Activity[] SocioCulturalActivities() =>
    [
        new Activity
        {
            Id = "social-protection-support",
            Title = "Support to the ASEAN Declaration on Strengthening Social Protection",
            SupporterIds = ["un"],
            PartnerIds = ["asean", "asean-member-states"],
            InstrumentIds = ["asean-declaration-social-protection", "regional-framework-social-protection", "report-social-protection-in-asean"],
            ActionLineCodes = [ActionLineCodes.SocialProtection],
            Description = "Concrete work to carry out the 2013 Declaration, including research, still under way, on ageing in the member states and a regional social protection report.",
            Sources = Cite.Paragraphs(28),
        },
        new Activity
        {
            Id = "unicef-somswd-children-priorities",
            Title = "UNICEF support to SOMSWD on priorities for children",
            SupporterIds = ["unicef"],
            PartnerIds = ["somswd"],
            InstrumentIds = ["strategic-framework-social-welfare-2011-2015"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "UNICEF technical help to ASEAN's social welfare officials in setting work priorities for children under their 2011-2015 framework.",
            Sources = Cite.Paragraphs(28),
        },
        new Activity
        {
            Id = "asean-who-collaboration",
            Title = "ASEAN-WHO collaboration on public health",
            SupporterIds = ["who"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-who-mou-2014"],
            ActionLineCodes = [ActionLineCodes.PublicHealth],
            Period = PartialDate.Years(2014, 2017),
            Description = "Collaboration within the framework that the 2014 MoU between ASEAN and WHO sets for 2014-2017.",
            Note = "¶29 tells of ASEAN-UN cooperation on HIV/AIDS and emerging communicable diseases before naming the MoU; it does not say the MoU or WHO covers them.",
            Sources = Cite.Paragraphs(29),
        },
        new Activity
        {
            Id = "unaids-atfoa-work-program",
            Title = "UNAIDS and ATFOA on the 5th ASEAN Work Program",
            SupporterIds = ["unaids"],
            PartnerIds = ["atfoa"],
            InstrumentIds = ["fifth-asean-work-program-hiv-aids"],
            ActionLineCodes = [ActionLineCodes.PublicHealth],
            Description = "Joint drafting of ASEAN's next work programme on AIDS, aimed at fast-tracking the response in the member states.",
            Sources = Cite.Paragraphs(29),
        },
        new Activity
        {
            Id = "un-women-acw-cooperation",
            Title = "UN Women and the ACW against violence towards women",
            SupporterIds = ["un-women"],
            PartnerIds = ["acw"],
            InstrumentIds = ["asean-declaration-eliminating-violence-against-women", "cedaw", "rpa-on-evaw"],
            ActionLineCodes = [ActionLineCodes.GenderEquality],
            Description = "Carrying out ASEAN's declaration against violence towards women and the CEDAW obligations, within a wider effort to mainstream gender "
                + "equality across ASEAN-UN cooperation; the UN also helped draft the regional plan of action.",
            Sources = Cite.Paragraphs(30),
        },
        new Activity
        {
            Id = "asean-unicef-fac-implementation",
            Title = "Implementing the ASEAN-UNICEF Framework Agreement for Cooperation",
            SupporterIds = ["unicef"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-unicef-fac"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "ASEAN and UNICEF work towards shared goals for the region's children: that they survive, grow, develop fully and take part.",
            Sources = Cite.Paragraphs(31),
        },
        new Activity
        {
            Id = "children-plan-and-nutrition-report",
            Title = "UN help with the RPA on EVAC and the nutrition security report",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            InstrumentIds = ["rpa-on-evac", "joint-regional-report-nutrition-security"],
            ActionLineCodes = [ActionLineCodes.Children],
            Description = "The UN helps ASEAN prepare its plan against violence towards children and a regional report, written jointly, on nutrition security.",
            Sources = Cite.Paragraphs(31),
        },
        new Activity
        {
            Id = "triangle-project-support",
            Title = "ASEAN TRIANGLE PROJECT support to SLOM",
            SupporterIds = ["ilo", "asean-triangle-project"],
            PartnerIds = ["slom"],
            ActionLineCodes = [ActionLineCodes.MigrantWorkers],
            Description = "ILO funds, through the TRIANGLE project, regional activities of ASEAN's senior labour officials and their subsidiary bodies to protect migrant workers' rights.",
            Sources = Cite.Paragraphs(32),
        },
        new Activity
        {
            Id = "unep-climate-change-network",
            Title = "UNEP support to the Southeast Asia Climate Change Network",
            SupporterIds = ["unep"],
            PartnerIds = ["southeast-asia-climate-change-network", "asean-member-states"],
            InstrumentIds = ["unfccc"],
            ActionLineCodes = [ActionLineCodes.ClimateChange],
            Description = "UNEP backs a regional network that helps the member states meet their UNFCCC commitments, part of joint work on climate change "
                + "and its effects on development, health, the environment and water.",
            Sources = Cite.Paragraphs(33),
        },
        new Activity
        {
            Id = "disaster-risk-management-cooperation",
            Title = "Disaster risk management cooperation",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-un-strategic-plan-disaster-management"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement],
            Description = "ASEAN and UN agencies coordinate disaster risk management under their joint strategic plan.",
            Sources = Cite.Paragraphs(35),
        },
        new Activity
        {
            Id = "aha-centre-support",
            Title = "UN support to the AHA Centre and ERAT",
            SupporterIds = ["un"],
            PartnerIds = ["aha-centre", "erat"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement],
            Description = "Capacity-building and technical help for the AHA Centre, including trainers for ASEAN's emergency response and assessment team.",
            Sources = Cite.Paragraphs(35),
        },
        new Activity
        {
            Id = "asean-unesco-culture-cooperation",
            Title = "ASEAN-UNESCO culture cooperation",
            SupporterIds = ["unesco"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-unesco-fac"],
            ActionLineCodes = [ActionLineCodes.Culture],
            Description = "Culture work under the ASEAN-UNESCO framework agreement: excellence awards, workshops, conventions, promotion and strategic initiatives.",
            Sources = Cite.Paragraphs(36),
        },
        new Activity
        {
            Id = "somca-cooperation-exploration",
            Title = "Exploring further cooperation with SOMCA",
            SupporterIds = ["un"],
            PartnerIds = ["somca"],
            ActionLineCodes = [ActionLineCodes.Culture],
            Description = "The UN and ASEAN's culture officials look at new fields: inter-cultural dialogue, community-based creative industries and youth volunteering.",
            Sources = Cite.Paragraphs(36),
        },
        new Activity
        {
            Id = "education-access-initiative",
            Title = "Strategic initiative on access to and quality of education",
            SupporterIds = ["unesco-bangkok"],
            PartnerIds = ["seameo", "asean"],
            ActionLineCodes = [ActionLineCodes.Education],
            Description = "An ASEAN initiative, run on the SEAMEO platform with UNESCO's Bangkok office, for learners in under-privileged and marginalised areas.",
            Sources = Cite.Paragraphs(37),
        },
        new Activity
        {
            Id = "ten-collaborative-projects",
            Title = "Ten Collaborative Projects to reach the Unreached in Southeast Asia",
            SupporterIds = ["unesco-bangkok"],
            PartnerIds = ["seameo", "asean-member-states"],
            InstrumentIds = ["education-for-all-goals", "millennium-development-goals"],
            ActionLineCodes = [ActionLineCodes.Education],
            Description = "Projects that helped the member states reach the Education for All goals and education-related MDGs.",
            Inferences = [new(nameof(Activity.SupporterIds), "¶37 names the projects after the initiative pursued with UNESCO's Bangkok office; it does not say who ran them.")],
            Sources = Cite.Paragraphs(37),
        },
        new Activity
        {
            Id = "education-work-plan-inputs",
            Title = "UN input to the ASEAN Work Plan on Education",
            SupporterIds = ["un"],
            PartnerIds = ["asean"],
            InstrumentIds = ["asean-work-plan-on-education-2016-2020"],
            ActionLineCodes = [ActionLineCodes.Education],
            Description = "The UN contributed to ASEAN's five-year education work plan for 2016-2020.",
            Sources = Cite.Paragraphs(37),
        },
    ];

    // ¶38–¶41: the Secretariats' own cooperation.
    private static Activity[] SecretariatActivities() =>
    [
        new Activity
        {
            Id = "s2s-mechanism",
            Title = "Annual Secretariat-to-Secretariat (S2S) Meeting",
            SupporterIds = ["un-secretariat"],
            PartnerIds = ["asean-secretariat"],
            InstrumentIds = ["joint-declaration-comprehensive-partnership"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Period = PartialDate.Since(PartialDate.Month(2011, 3)),
            Description = "The two Secretariats meet each year, follow the progress of cooperation together and report on the Joint Declaration to the ministerial "
                + "meeting, which passes their reports on to the Summit.",
            Sources = Cite.Paragraphs(38, 39),
        },
        new Activity
        {
            Id = "un-presence-in-jakarta",
            Title = "UN liaison presence with ASEAN in Jakarta",
            SupporterIds = ["un-liaison-officers-to-asean", "unescap-regional-adviser-on-asean", "un-resident-coordinator-indonesia"],
            PartnerIds = ["asean-secretariat"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "UN staff posted to or designated for ASEAN, who have made coordination with the ASEAN Secretariat and sectoral bodies more effective.",
            Sources = Cite.Paragraphs(40),
        },
        new Activity
        {
            Id = "reference-document-system",
            Title = "Reference Document System for the ASEAN Secretariat",
            SupporterIds = ["un"],
            PartnerIds = ["asean-secretariat"],
            ActionLineCodes = [ActionLineCodes.InstitutionalSupport],
            Description = "UN know-how in building a system for the ASEAN Secretariat's reference documents.",
            Sources = Cite.Paragraphs(41),
        },
        new Activity
        {
            Id = "physical-security-system",
            Title = "Physical security system for the ASEAN Secretariat",
            SupporterIds = ["un"],
            PartnerIds = ["asean-secretariat"],
            ActionLineCodes = [ActionLineCodes.InstitutionalSupport],
            Description = "UN know-how in developing the ASEAN Secretariat's physical security.",
            Sources = Cite.Paragraphs(41),
        },
    ];
}
