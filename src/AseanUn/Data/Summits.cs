using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // The eight ASEAN-UN Summits of ASEAN Leaders with the UN Secretary-General. Titles are the report's own
    // ("First", "Second", then "3rd" onwards). Outcomes are the instruments each summit adopted, issued, noted
    // or welcomed.
    private static Event[] Summits() =>
    [
        new Event
        {
            Id = "summit-1",
            Kind = EventKind.Summit,
            Ordinal = 1,
            Title = "First ASEAN-UN Summit",
            Date = PartialDate.Day(2000, 2, 13),
            PlaceId = "bangkok",
            SidelinesOfId = "unctad-x",
            ParticipantIds = ["asean", "un"],
            Description = "The first meeting of ASEAN Leaders and the UN at summit level, held alongside UNCTAD's tenth session.",
            Sources = Cite.Paragraphs(2),
        },
        new Event
        {
            Id = "summit-2",
            Kind = EventKind.Summit,
            Ordinal = 2,
            Title = "Second ASEAN-UN Summit",
            Date = PartialDate.Day(2005, 9, 13),
            PlaceId = "un-headquarters",
            ParticipantIds = ["asean", "un-secretary-general", "un"],
            OutcomeIds = ["joint-communique-2005"],
            Description = "ASEAN Leaders met the UN Secretary-General and heads of UN bodies. The UN welcomed the prospect of ASEAN observer status; "
                + "both sides resolved to widen cooperation, with more UN agencies, to every field of community building: poverty and the MDGs, "
                + "infectious diseases, disasters, transnational issues, trade and investment, peace and security.",
            Sources = Cite.Paragraphs(3),
        },
        new Event
        {
            Id = "summit-3",
            Kind = EventKind.Summit,
            Ordinal = 3,
            Title = "3rd ASEAN-UN Summit",
            Date = PartialDate.Day(2010, 10, 29),
            PlaceId = "hanoi",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["joint-declaration-disaster-management", "co-chairs-statement-2010"],
            ActionLineCodes = [ActionLineCodes.DisasterManagement, ActionLineCodes.SecretariatMeetings],
            Description = "The Leaders pledged closer work on peace and security, human rights, disasters, climate change, the global financial crisis, "
                + "food and energy security, the MDGs and shared regional and international concerns, and decided to hold an annual Secretariat-to-Secretariat meeting.",
            Note = "¶5 first calls it the \"3rd ASEAN-Summit\", a slip for the 3rd ASEAN-UN Summit, as its own next sentence and ¶38 show.",
            Sources = Cite.Paragraphs(5, 38),
        },
        new Event
        {
            Id = "summit-4",
            Kind = EventKind.Summit,
            Ordinal = 4,
            Title = "4th ASEAN-UN Summit",
            Date = PartialDate.Day(2011, 11, 19),
            PlaceId = "bali",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["joint-declaration-comprehensive-partnership"],
            Description = "Adopted the Joint Declaration that made ASEAN-UN relations a Comprehensive Partnership across four pillars.",
            Sources = Cite.Paragraphs(6),
        },
        new Event
        {
            Id = "summit-5",
            Kind = EventKind.Summit,
            Ordinal = 5,
            Title = "5th ASEAN-UN Summit",
            Date = PartialDate.Day(2013, 10, 10),
            PlaceId = "bandar-seri-begawan",
            ParticipantIds = ["asean", "un"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "Found the partnership was making ASEAN bodies and UN agencies work more coherently; asked the UN to support the Roadmap "
                + "for an ASEAN Community, the post-2015 vision and Bali Concord III; agreed to establish a UN Liaison Officer in Jakarta.",
            Sources = Cite.Paragraphs(7, 8),
        },
        new Event
        {
            Id = "summit-6",
            Kind = EventKind.Summit,
            Ordinal = 6,
            Title = "6th ASEAN-UN Summit",
            Date = PartialDate.Day(2014, 11, 12),
            PlaceId = "nay-pyi-taw",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["asean-un-work-plan-2015"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Description = "Noted the adoption of the Work Plan for 2015, welcomed the new UN Liaison Officer in Jakarta and called for closer engagement between ASEAN's sectoral bodies and the UN agencies.",
            Sources = Cite.Paragraphs(8),
        },
        new Event
        {
            Id = "summit-7",
            Kind = EventKind.Summit,
            Ordinal = 7,
            Title = "7th ASEAN-UN Summit",
            Date = PartialDate.Day(2015, 11, 22),
            PlaceId = "kuala-lumpur",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["comprehensive-partnership-report-2013-2015"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Description = "Welcomed the Secretariats' formal review of the partnership for 2013-2015, asked both sides to act on its recommendations "
                + "and looked forward to a five-year Plan of Action for 2016-2020.",
            Sources = Cite.Paragraphs(9),
        },
        new Event
        {
            Id = "summit-8",
            Kind = EventKind.Summit,
            Ordinal = 8,
            Title = "8th ASEAN-UN Summit",
            Date = PartialDate.Day(2016, 9, 7),
            PlaceId = "vientiane",
            ParticipantIds = ["asean", "un"],
            OutcomeIds = ["asean-un-plan-of-action-2016-2020"],
            Description = "Noted with satisfaction that the Plan of Action for 2016-2020 had been adopted, to guide the partnership for five years.",
            Sources = Cite.Paragraphs(10),
        },
    ];
}
