using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Robustness.Tests.Infrastructure;

/// <summary>
/// What a later report might add to the built-in dataset: its own source document, a place, an organisation, an
/// instrument, a meeting and a figure, referring to each other and into the dataset they are merged into.
/// </summary>
internal static class LaterRecords
{
    public static string DocumentId(string suffix) => $"later-report-{suffix}";

    public static string MeetingId(string suffix) => $"later-meeting-{suffix}";

    /// <summary>Gets how many records <see cref="For"/> makes.</summary>
    public const int Count = 6;

    /// <summary>Gets the records, with ids and names made unique by <paramref name="suffix"/>.</summary>
    public static PartnershipRecord[] For(PartnershipDataset dataset, string suffix)
    {
        var document = DocumentId(suffix);
        var organisation = $"later-agency-{suffix}";
        var instrument = $"later-plan-{suffix}";
        var place = $"later-venue-{suffix}";
        return
        [
            new SourceDocument
            {
                Id = document,
                Title = $"A later overview {suffix}",
                Publisher = "ASEAN Secretariat",
                AsOf = PartialDate.Month(2020, 6),
                ParagraphCount = 9,
                Sources = [new Citation(document, 1)],
            },
            new Place { Id = place, Name = $"Later Venue {suffix}", City = "Bangkok", Country = "Thailand", CountryCode = "TH", Sources = [new Citation(document, 2)] },
            new Organisation
            {
                Id = organisation,
                Name = $"Later Agency {suffix}",
                Acronym = $"LATER{suffix.Replace("-", "", System.StringComparison.Ordinal).ToUpperInvariant()}",
                Aliases = [$"Later Agency of the Region {suffix}"],
                Kind = OrganisationKind.Office,
                Side = Side.UnitedNations,
                Sources = [new Citation(document, 3)],
            },
            new Instrument
            {
                Id = instrument,
                Kind = InstrumentKind.FrameworkAgreement,
                Title = $"Later Plan of Action {suffix}",
                Date = PartialDate.Day(2019, 9, 12),
                Period = PartialDate.Years(2021, 2025),
                Status = InstrumentStatus.Adopted,
                PartyIds = [organisation, dataset.Organisations[0].Id],
                ActionLineCodes = [dataset.ActionLines[0].Id],
                Sources = [new Citation(document, 4), new Citation(document, 5)],
            },
            new Event
            {
                Id = MeetingId(suffix),
                Kind = EventKind.Meeting,
                Title = $"A later meeting {suffix}",
                Ordinal = 2,
                Date = PartialDate.DayRange(2019, 9, 11, 12),
                PlaceId = place,
                ParticipantIds = [organisation, dataset.Organisations[0].Id, dataset.MemberStates[0].Id],
                OutcomeIds = [instrument],
                ActionLineCodes = [dataset.ActionLines[0].Id],
                Sources = [new Citation(document, 6)],
            },
            new Figure
            {
                Id = $"later-figure-{suffix}",
                Title = $"Later participants {suffix}",
                Value = 1250.5m,
                Unit = "people",
                Precision = FigurePrecision.Approximate,
                AsOf = PartialDate.Month(2019, 9).Approximately(),
                SubjectIds = [organisation],
                Sources = [new Citation(document, 7)],
            },
        ];
    }

    /// <summary>
    /// Gets the records as a later report's document in the real export format: the export of <paramref name="dataset"/>
    /// merged with them, less the records and the manifest of <paramref name="dataset"/>.
    /// </summary>
    public static string Document(PartnershipDataset dataset, string suffix)
    {
        var ids = dataset.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var merged = dataset.Merge($"later-{suffix}", PartialDate.Month(2020, 6), For(dataset, suffix));
        var root = JsonNode.Parse(DatasetJson.Export(merged))!;

        // An export names the layers of its stack; a document merged as one more layer does not carry a manifest.
        root.AsObject().Remove("layers");
        foreach (var (_, group) in root["records"]!.AsObject())
        {
            var items = group!.AsArray();
            for (var i = items.Count - 1; i >= 0; i--)
            {
                if (ids.Contains(items[i]!["id"]!.GetValue<string>()))
                {
                    items.RemoveAt(i);
                }
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
