using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    private static SourceDocument[] SourceDocuments() =>
    [
        new SourceDocument
        {
            Id = Cite.Report,
            Title = "Overview of ASEAN-UN Cooperation",
            Publisher = "ASEAN Secretariat",
            AsOf = PartialDate.Month(2017, 3),
            ParagraphCount = 41,
            Inferences =
            [
                new(nameof(SourceDocument.Publisher), "The report's text names no publisher; the ASEAN Secretariat is recorded as the body that issues the overview."),
                new(nameof(SourceDocument.AsOf), "The report bears no date; its latest event is of 13 March 2017."),
            ],
            Sources = Cite.Paragraphs(1, 14),
        },
    ];
}
