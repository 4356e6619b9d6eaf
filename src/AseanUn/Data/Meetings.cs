using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Every dated meeting, workshop, training, retreat, call, exercise, signing, launch and appointment other than
    // the summits (Summits.cs), grouped by the part of the report that tells of it. Titles are the report's names
    // where it gives one (acronyms kept, since events have no short name), otherwise a plain description.
    private static Event[] Meetings() =>
    [
        .. BackgroundEvents(),
        .. HighLevelEngagements(),
        .. PoliticalSecurityEvents(),
        .. EconomicAndSocioCulturalEvents(),
        .. SecretariatEvents(),
    ];

    // ¶1–¶11: from the first UNDP programme to the ministerial meetings.
    private static Event[] BackgroundEvents() =>
    [
        new Event
        {
            Id = "asean-undp-subregional-programme-launch",
            Kind = EventKind.Launch,
            Title = "Launch of the ASEAN-UNDP Sub-regional Programme",
            Date = PartialDate.Year(1977),
            ParticipantIds = ["asean", "undp"],
            Description = "UNDP and ASEAN started a sub-regional programme to help ASEAN with regional cooperation and integration.",
            Sources = Cite.Paragraphs(1),
        },
        new Event
        {
            Id = "unctad-x",
            Kind = EventKind.Meeting,
            Ordinal = 10,
            Title = "Tenth Session of the UN Conference on Trade and Development",
            Date = PartialDate.Month(2000, 2),
            PlaceId = "bangkok",
            ParticipantIds = ["unctad"],
            Description = "The UNCTAD session in Bangkok on whose sidelines the first ASEAN-UN Summit met.",
            Note = "The report dates the session only through the summit held on its sidelines on 13 February 2000.",
            Inferences =
            [
                new(nameof(Event.Date), "The report dates the session only through the summit on its sidelines, 13 February 2000."),
                new(nameof(Event.PlaceId), "The report places the summit in Bangkok, not the session on whose sidelines it met."),
            ],
            Sources = Cite.Paragraphs(2),
        },
        new Event
        {
            Id = "asean-un-mou-signing",
            Kind = EventKind.Signing,
            Title = "Signing of the Memorandum of Understanding between ASEAN and the UN on ASEAN-UN Cooperation",
            Date = PartialDate.Day(2007, 9, 27),
            PlaceId = "new-york",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["asean-un-mou-2007"],
            Description = "ASEAN and the UN signed the MoU that set up their partnership.",
            Sources = Cite.Paragraphs(4),
        },
        new Event
        {
            Id = "un-liaison-officer-establishment",
            Kind = EventKind.Appointment,
            Title = "Establishment of a UN Liaison Officer in Jakarta",
            Date = PartialDate.Between(PartialDate.Day(2013, 10, 10), PartialDate.Day(2014, 11, 12)),
            PlaceId = "jakarta",
            ParticipantIds = ["un"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "The UN set up a liaison officer post in Jakarta, as the 5th ASEAN-UN Summit had agreed.",
            Note = "The report gives no date; the span runs from the 5th Summit that agreed it to the 6th Summit that welcomed it. "
                + "¶8 tells of one Liaison Officer and does not say whether that officer is one of the three of ¶40.",
            Inferences = [new(nameof(Event.Date), "The report gives no date; the span runs from the summit that agreed it to the summit that welcomed it.")],
            Sources = Cite.Paragraphs(8),
        },
        new Event
        {
            Id = "aumm-2015",
            Kind = EventKind.MinisterialMeeting,
            Title = "ASEAN-UN Ministerial Meeting",
            Date = PartialDate.Day(2015, 9, 29),
            ParticipantIds = ["asean-foreign-ministers", "un-secretary-general", "president-of-the-unga"],
            OutcomeIds = ["asean-un-plan-of-action-2016-2020"],
            Description = "The annual ministerial meeting that mandated the drafting of the ASEAN-UN Plan of Action for 2016-2020.",
            Note = "The report names this meeting only as \"the AUMM\" that gave the mandate; it gives no place.",
            Inferences = [new(nameof(Event.ParticipantIds), "¶11 names who the annual meeting brings together; ¶13 names only the meeting of 29 September 2015.")],
            Sources = Cite.Paragraphs(11, 13),
        },
        new Event
        {
            Id = "aumm-2016",
            Kind = EventKind.MinisterialMeeting,
            Title = "ASEAN Foreign Ministers’ Meeting with the UN Secretary-General and the President of the 71st Session of the UNGA",
            Date = PartialDate.Day(2016, 9, 22),
            PlaceId = "new-york",
            ParticipantIds = ["asean-foreign-ministers", "un-secretary-general", "president-of-the-unga"],
            OutcomeIds = ["joint-report-2015-2016"],
            Description = "The latest annual ministerial meeting at the report's date; it welcomed the progress shown in the Secretariats' 2015-2016 Joint Report.",
            Note = "¶27 calls the same meeting \"the ASEAN-UN Ministerial Meeting (AUMM)\".",
            Sources = Cite.Paragraphs(11, 27),
        },
    ];

    // ¶13 and ¶17: high-level visits and calls.
    private static Event[] HighLevelEngagements() =>
    [
        new Event
        {
            Id = "un-high-level-retreat-2015",
            Kind = EventKind.Retreat,
            Title = "UN Secretary-General High Level Retreat with Heads of Regional and Other Organisations",
            Date = PartialDate.DayRange(2015, 5, 1, 2),
            PlaceId = "new-york",
            ParticipantIds = ["un-secretary-general", "le-luong-minh"],
            ActionLineCodes = [ActionLineCodes.Mediation, ActionLineCodes.Peacekeeping],
            Description = "A retreat on how the UN and regional organisations can cooperate in mediation, peace-building and peace operations. "
                + "The Secretary-General of ASEAN, invited by the UN Secretary-General, described ASEAN's peace-building work and its part in UN "
                + "peace operations, and proposed ASEAN-UN cooperation in mediation through the rule of law, stronger regional institutions and shared lessons.",
            Note = "¶13 calls it \"the UN High Level Retreat with Heads of Regional and other Organisations\".",
            Sources = Cite.Paragraphs(13, 17),
        },
        new Event
        {
            Id = "minh-jenca-meeting-2015",
            Kind = EventKind.Meeting,
            Title = "Meeting of the Secretary-General of ASEAN with the UN ASG for Political Affairs",
            Date = PartialDate.Month(2015, 5),
            PlaceId = "new-york",
            SidelinesOfId = "un-high-level-retreat-2015",
            ParticipantIds = ["le-luong-minh", "miroslav-jenca"],
            Description = "Le Luong Minh met Miroslav Jenca, then newly appointed, at the UN retreat with regional organisations.",
            Sources = Cite.Paragraphs(13),
        },
        new Event
        {
            Id = "jenca-courtesy-call-2015",
            Kind = EventKind.CourtesyCall,
            Title = "Courtesy call of UN ASG Jenca on the Secretary-General of ASEAN",
            Date = PartialDate.Day(2015, 6, 26),
            PlaceId = "asean-secretariat-jakarta",
            ParticipantIds = ["miroslav-jenca", "le-luong-minh"],
            Description = "Miroslav Jenca called on Le Luong Minh at the ASEAN Secretariat.",
            Sources = Cite.Paragraphs(13),
        },
        new Event
        {
            Id = "cpr-interface-2015",
            Kind = EventKind.InterfaceMeeting,
            Title = "Interface of UN ASG Jenca with the Committee of Permanent Representatives to ASEAN",
            Date = PartialDate.Day(2015, 6, 26),
            PlaceId = "asean-secretariat-jakarta",
            ParticipantIds = ["miroslav-jenca", "cpr"],
            Description = "Miroslav Jenca and the CPR discussed ASEAN-UN cooperation and international and regional issues of shared concern.",
            Note = "The report gives the date and place with the courtesy call of the same visit.",
            Inferences =
            [
                new(nameof(Event.Date), "¶13 tells of the interface in the sentence that dates the courtesy call of the same visit."),
                new(nameof(Event.PlaceId), "¶13 tells of the interface in the sentence that places the courtesy call at the ASEAN Secretariat."),
            ],
            Sources = Cite.Paragraphs(13),
        },
        new Event
        {
            Id = "akhtar-keomany-meeting-2015",
            Kind = EventKind.Meeting,
            Title = "Meeting of the Executive Secretary of UNESCAP with the incoming Chair of the CPR",
            Date = PartialDate.Day(2015, 10, 20),
            PlaceId = "jakarta",
            ParticipantIds = ["shamshad-akhtar", "latsamy-keomany"],
            Description = "Shamshad Akhtar and Latsamy Keomany discussed economic and socio-cultural cooperation and the drafting of the ASEAN-UN Plan of Action (2016-2020).",
            Inferences = [new(nameof(Event.PlaceId), "¶13 writes \"incoming Chair of the CPR in Jakarta\", which may place the meeting or only the committee.")],
            Sources = Cite.Paragraphs(13),
        },
        new Event
        {
            Id = "cpr-interface-2016",
            Kind = EventKind.InterfaceMeeting,
            Title = "UN interface meeting with the Committee of Permanent Representatives",
            Date = PartialDate.Day(2016, 3, 31),
            ParticipantIds = ["un", "cpr"],
            Description = "The UN and the CPR again discussed ASEAN-UN cooperation and international and regional issues of shared concern.",
            Sources = Cite.Paragraphs(13),
        },
        new Event
        {
            Id = "kim-won-soo-courtesy-call-2017",
            Kind = EventKind.CourtesyCall,
            Title = "Courtesy call of the UN High Representative for Disarmament Affairs on the Secretary-General of ASEAN",
            Date = PartialDate.Day(2017, 3, 13),
            ParticipantIds = ["kim-won-soo", "le-luong-minh"],
            ActionLineCodes = [ActionLineCodes.Disarmament],
            Description = "Kim Won-soo called on Le Luong Minh to discuss disarmament as foreseen in the ASEAN-UN Plan of Action (2016-2020).",
            Sources = Cite.Paragraphs(13),
        },
    ];

    // ¶16: peace-keeping, conflict prevention and preventive diplomacy.
    private static Event[] PoliticalSecurityEvents() =>
    [
        new Event
        {
            Id = "asean-un-workshop-conflict-prevention-2014",
            Kind = EventKind.Workshop,
            Title = "ASEAN-UN Workshop on Conflict Prevention",
            Date = PartialDate.DayRange(2014, 6, 19, 21),
            PlaceId = "kuala-lumpur",
            ParticipantIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.ConflictPrevention],
            Description = "A joint workshop on preventing conflict.",
            Sources = Cite.Paragraphs(16),
        },
        new Event
        {
            Id = "asean-un-collaboration-aipr-2015",
            Kind = EventKind.Workshop,
            Title = "ASEAN-UN Collaboration to support the ASEAN Institute for Peace and Reconciliation",
            Date = PartialDate.DayRange(2015, 2, 24, 26),
            PlaceId = "nay-pyi-taw",
            ParticipantIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.ConflictPrevention],
            Description = "A joint ASEAN-UN event in support of ASEAN's new peace and reconciliation institute.",
            Inferences = [new(nameof(Event.Kind), "The report does not say what form the event took; it lists it beside the workshop on conflict prevention.")],
            Sources = Cite.Paragraphs(16),
        },
        new Event
        {
            Id = "aured-workshop-3",
            Kind = EventKind.Workshop,
            Ordinal = 3,
            Title = "Third AURED Workshop",
            Date = PartialDate.DayRange(2016, 11, 7, 9),
            ParticipantIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.ConflictPrevention, ActionLineCodes.TransnationalCrime],
            Description = "The third workshop of the Track 1.5 ASEAN-UN Regional Dialogue, on conflict prevention and on preventing violent extremism.",
            Sources = Cite.Paragraphs(16),
        },
        new Event
        {
            Id = "preventive-diplomacy-training-2016",
            Kind = EventKind.Training,
            Ordinal = 1,
            Title = "Preventive Diplomacy and Peace-making Training",
            Date = PartialDate.DayRange(2016, 11, 21, 25),
            HostStateId = "lao-pdr",
            ParticipantIds = ["un"],
            ActionLineCodes = [ActionLineCodes.ConflictPrevention],
            Description = "The UN's first training programme on preventive diplomacy and peace-making for the Asia-Pacific region, hosted by Lao PDR.",
            Sources = Cite.Paragraphs(16),
        },
    ];

    // ¶24, ¶27, ¶34, ¶35: energy, the 2030 Agenda, environment and disasters.
    private static Event[] EconomicAndSocioCulturalEvents() =>
    [
        new Event
        {
            Id = "apef-2013",
            Kind = EventKind.Meeting,
            Title = "Asia-Pacific Energy Forum (APEF) 2013",
            Date = PartialDate.Year(2013),
            ActionLineCodes = [ActionLineCodes.EnergySecurity],
            Description = "A regional energy forum whose follow-up included joint ACE-UN work on energy priorities for Southeast Asia.",
            Sources = Cite.Paragraphs(24),
        },
        new Event
        {
            Id = "environment-climate-change-planning-meeting-2015",
            Kind = EventKind.Meeting,
            Title = "ASEAN-UN Post-2015 Environment and Climate Change Planning Meeting",
            Date = PartialDate.Day(2015, 5, 18),
            PlaceId = "bangkok",
            ParticipantIds = ["asean-secretariat", "un-secretariat"],
            OutcomeIds = ["asean-un-work-plan-environment-climate-change"],
            ActionLineCodes = [ActionLineCodes.ClimateChange, ActionLineCodes.Environment],
            Description = "Picked fields for cooperation after 2015, among them the green economy, support to ASEAN's joint climate action plan and sustainable cities, "
                + "and agreed that the two Secretariats would draft a joint work plan on environment and climate change.",
            Inferences = [new(nameof(Event.ParticipantIds), "¶34 names what the meeting agreed the two Secretariats would do, not who took part.")],
            Sources = Cite.Paragraphs(34),
        },
        new Event
        {
            Id = "arf-direx-2015",
            Kind = EventKind.Exercise,
            Title = "ARF Disaster Response Exercise (ARF DiREx)",
            Date = PartialDate.Month(2015, 5),
            HostStateId = "malaysia",
            ParticipantIds = ["arf", "un"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement],
            Description = "The ASEAN Regional Forum's disaster response exercise, prepared with UN help.",
            Inferences = [new(nameof(Event.ParticipantIds), "¶35 says the UN helped prepare the exercise and that it was the ARF's; it does not list who took part.")],
            Sources = Cite.Paragraphs(35),
        },
        new Event
        {
            Id = "bangkok-interface-meeting-2016",
            Kind = EventKind.InterfaceMeeting,
            Title = "Open-ended Interface Meeting of the ASEAN Secretariat, Thailand and UN-ESCAP",
            Date = PartialDate.Day(2016, 6, 23),
            PlaceId = "bangkok",
            ParticipantIds = ["asean-secretariat", "thailand", "unescap"],
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "An open-ended meeting on implementing the 2030 Agenda for Sustainable Development.",
            Sources = Cite.Paragraphs(27),
        },
        new Event
        {
            Id = "amm-special-session-sustainable-development-2016",
            Kind = EventKind.MinisterialMeeting,
            Title = "Special Session of the ASEAN Foreign Ministers’ Meeting Focusing on Sustainable Development",
            Date = PartialDate.Day(2016, 9, 24),
            PlaceId = "new-york",
            SidelinesOfId = "aumm-2016",
            ParticipantIds = ["asean-foreign-ministers"],
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "A special session of the ASEAN Foreign Ministers on sustainable development.",
            Note = "¶27 places it on the sidelines of the AUMM, which ¶11 dates two days earlier (22 September 2016).",
            Sources = Cite.Paragraphs(27),
        },
        new Event
        {
            Id = "special-panel-discussion-complementarities-2016",
            Kind = EventKind.Meeting,
            Title = "Special Panel Discussion to Enhance Complementarities between the ASEAN Community Vision 2025 and the United Nations 2030 Agenda for Sustainable Development",
            Date = PartialDate.Day(2016, 9, 24),
            PlaceId = "new-york",
            SidelinesOfId = "aumm-2016",
            ActionLineCodes = [ActionLineCodes.Agenda2030Complementarity],
            Description = "A panel on making ASEAN's 2025 vision and the UN's 2030 Agenda reinforce each other.",
            Note = "¶27 places it on the sidelines of the AUMM, which ¶11 dates two days earlier (22 September 2016).",
            Sources = Cite.Paragraphs(27),
        },
    ];

    // ¶38 and ¶40: the Secretariat-to-Secretariat meetings and the UN's presence in Jakarta.
    private static Event[] SecretariatEvents() =>
    [
        new Event
        {
            Id = "s2s-meeting-1",
            Kind = EventKind.SecretariatMeeting,
            Ordinal = 1,
            Title = "First S2S Meeting",
            Date = PartialDate.Month(2011, 3),
            PlaceId = "asean-secretariat-jakarta",
            ParticipantIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "The first annual Secretariat-to-Secretariat meeting, held as the 3rd ASEAN-UN Summit had decided.",
            Sources = Cite.Paragraphs(38),
        },
        new Event
        {
            Id = "s2s-meeting-sectoral-2012",
            Kind = EventKind.SecretariatMeeting,
            Title = "Sectoral S2S Meeting",
            Date = PartialDate.Year(2012),
            ParticipantIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "A sectoral Secretariat-to-Secretariat meeting, one of the eight held up to the report's date.",
            Sources = Cite.Paragraphs(38),
        },
        new Event
        {
            Id = "s2s-meeting-7",
            Kind = EventKind.SecretariatMeeting,
            Ordinal = 7,
            Title = "S2S Meeting",
            Date = PartialDate.Day(2016, 3, 30),
            PlaceId = "asean-secretariat-jakarta",
            ParticipantIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings, ActionLineCodes.Agenda2030Complementarity],
            Description = "The Secretariats agreed to step up cooperation on priorities that lead towards ASEAN Vision 2025 and the 2030 Agenda.",
            Inferences = [new(nameof(Event.Ordinal), "The report does not number it; counting eight meetings in all, two of them in 2016, it is the seventh.")],
            Sources = Cite.Paragraphs(38),
        },
        new Event
        {
            Id = "s2s-meeting-8",
            Kind = EventKind.SecretariatMeeting,
            Ordinal = 8,
            Title = "S2S Meeting",
            Date = PartialDate.Day(2016, 9, 21),
            PlaceId = "un-headquarters",
            ParticipantIds = ["asean-secretariat", "un-secretariat"],
            OutcomeIds = ["asean-un-plan-of-action-2016-2020"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "Reviewed how the Joint Declaration was being carried out in every pillar and welcomed the new Plan of Action (2016-2020).",
            Inferences =
            [
                new(nameof(Event.Ordinal), "The report calls it the last S2S Meeting and counts eight in all, so it is the eighth; it does not number it."),
                new(nameof(Event.PlaceId), "¶38 places it in New York and says one of 2016's two meetings was at UN Headquarters; the other was the one in Jakarta."),
            ],
            Sources = Cite.Paragraphs(38),
        },
        new Event
        {
            Id = "unescap-regional-adviser-appointment",
            Kind = EventKind.Appointment,
            Title = "Appointment of the UNESCAP Regional Adviser on ASEAN",
            Date = PartialDate.Month(2015, 10),
            ParticipantIds = ["unescap", "unescap-regional-adviser-on-asean"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "UNESCAP appointed a regional adviser dedicated to ASEAN.",
            Sources = Cite.Paragraphs(40),
        },
        new Event
        {
            Id = "resident-coordinator-designation",
            Kind = EventKind.Appointment,
            Title = "Designation of the UN Resident Coordinator in Indonesia to represent the UN with ASEAN",
            Date = PartialDate.Month(2016, 9),
            ParticipantIds = ["un", "un-resident-coordinator-indonesia", "le-luong-minh"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "The UN told the Secretary-General of ASEAN that its Resident Coordinator in Indonesia would also represent it with ASEAN in Jakarta.",
            Inferences = [new(nameof(Event.ParticipantIds), "¶40 says the UN informed the ASEAN Secretary-General; ¶13 and ¶17 show Le Luong Minh in that post from May 2015 to March 2017.")],
            Sources = Cite.Paragraphs(40),
        },
        new Event
        {
            Id = "un-liaison-officers-deployment",
            Kind = EventKind.Appointment,
            Title = "Deployment of three UN Liaison Officers to ASEAN",
            Date = PartialDate.Between(PartialDate.Day(2013, 10, 10), PartialDate.Month(2017, 3)),
            PlaceId = "jakarta",
            ParticipantIds = ["un", "un-liaison-officers-to-asean"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "The UN posted three liaison officers to Jakarta, covering political-security issues, humanitarian affairs, and drug control and crime prevention.",
            Note = "The report gives no date, and does not tie the three officers to the one Liaison Officer of ¶8. The span ends at the report's date; "
                + "its start, the 5th Summit's agreement on a Liaison Officer (¶8), assumes no UN liaison officer was posted to ASEAN before it.",
            Inferences = [new(nameof(Event.Date), "The report gives no date; the span ends at its date and starts at the 5th Summit's agreement on one Liaison Officer (¶8), assuming none was posted before.")],
            Sources = Cite.Paragraphs(40),
        },
    ];
}
