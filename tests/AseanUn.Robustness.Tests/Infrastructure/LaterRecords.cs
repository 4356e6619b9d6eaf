using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Robustness.Tests.Threading;

/// <summary>What a later report might add to the built-in dataset: its own source document and a meeting it reports.</summary>
internal static class LaterRecords
{
    public static string DocumentId(string suffix) => $"later-report-{suffix}";

    public static string MeetingId(string suffix) => $"later-meeting-{suffix}";

    /// <summary>Gets records that refer into <paramref name="dataset"/> (an organisation, an action line) under ids made unique by <paramref name="suffix"/>.</summary>
    public static PartnershipRecord[] For(PartnershipDataset dataset, string suffix) =>
    [
        new SourceDocument
        {
            Id = DocumentId(suffix),
            Title = "A later overview",
            Publisher = "ASEAN Secretariat",
            AsOf = PartialDate.Month(2020, 6),
            ParagraphCount = 3,
            Sources = [new Citation(DocumentId(suffix), 1)],
        },
        new Event
        {
            Id = MeetingId(suffix),
            Kind = EventKind.Meeting,
            Title = "A later meeting",
            Date = PartialDate.Month(2019, 9),
            ParticipantIds = [dataset.Organisations[0].Id],
            ActionLineCodes = [dataset.ActionLines[0].Id],
            Sources = [new Citation(DocumentId(suffix), 2)],
        },
    ];
}
