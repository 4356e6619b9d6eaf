using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Quantities the report states. Where it gives no date for a count, AsOf is the report's own as-of date.
    private static Figure[] Figures() =>
    [
        new Figure
        {
            Id = "peacekeepers-contributed-2015",
            Title = "Military and police personnel contributed by the ASEAN Member States to UN peace-keeping missions",
            Value = 5500m,
            Unit = "personnel",
            Precision = FigurePrecision.Approximate,
            AsOf = PartialDate.Month(2015, 7),
            SubjectIds = ["asean-member-states"],
            ActionLineCodes = [ActionLineCodes.Peacekeeping],
            Sources = Cite.Paragraphs(16),
        },
        new Figure
        {
            Id = "s2s-meetings-convened",
            Title = "S2S Meetings convened in total, one sectoral meeting included",
            Value = 8m,
            Unit = "meetings",
            Precision = FigurePrecision.Exact,
            AsOf = BuiltInDataset.AsOf,
            SubjectIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Inferences = [new(nameof(Figure.AsOf), Reasons.CountAsOfReport)],
            Sources = Cite.Paragraphs(38),
        },
        new Figure
        {
            Id = "s2s-meetings-2016",
            Title = "S2S Meetings convened in 2016",
            Value = 2m,
            Unit = "meetings",
            Precision = FigurePrecision.Exact,
            AsOf = PartialDate.Year(2016),
            SubjectIds = ["asean-secretariat", "un-secretariat"],
            ActionLineCodes = [ActionLineCodes.SecretariatMeetings],
            Sources = Cite.Paragraphs(38),
        },
        new Figure
        {
            Id = "un-liaison-officers-deployed",
            Title = "UN Liaison Officers to ASEAN deployed to Jakarta",
            Value = 3m,
            Unit = "officers",
            Precision = FigurePrecision.Exact,
            AsOf = BuiltInDataset.AsOf,
            SubjectIds = ["un-liaison-officers-to-asean"],
            ActionLineCodes = [ActionLineCodes.LiaisonPresence],
            Inferences = [new(nameof(Figure.AsOf), Reasons.CountAsOfReport)],
            Sources = Cite.Paragraphs(40),
        },
        new Figure
        {
            Id = "education-for-all-goals-count",
            Title = "Education for All (EFA) goals the member states worked to attain",
            Value = 6m,
            Unit = "goals",
            Precision = FigurePrecision.Exact,
            AsOf = BuiltInDataset.AsOf,
            SubjectIds = ["asean-member-states"],
            ActionLineCodes = [ActionLineCodes.Education],
            Inferences = [new(nameof(Figure.AsOf), Reasons.CountAsOfReport)],
            Sources = Cite.Paragraphs(37),
        },
    ];
}
