using AseanUn.Authoring;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // ¶12 lists nine resolutions but names 67/110 of 17 December 2012 twice, the first time out of date order
    // (between 61/44 and 63/35). The dataset holds the eight distinct resolutions once each, in date order.
    private static Instrument[] Resolutions() =>
    [
        Resolution("unga-resolution-57-35", "57/35", PartialDate.Day(2002, 11, 21)),
        Resolution("unga-resolution-59-5", "59/5", PartialDate.Day(2004, 10, 22)),
        Resolution("unga-resolution-61-44", "61/44", PartialDate.Day(2006, 12, 4))
            with
            {
                Description = "Grants ASEAN observer status at the UN; in 2005 the UN had welcomed the possibility of ASEAN seeking it. " + ResolutionsPurpose,
                Sources = Cite.Paragraphs(3, 12),
            },
        Resolution("unga-resolution-63-35", "63/35", PartialDate.Day(2008, 11, 26)),
        Resolution("unga-resolution-65-235", "65/235", PartialDate.Day(2010, 12, 22)),
        Resolution("unga-resolution-67-110", "67/110", PartialDate.Day(2012, 12, 17))
            with { Note = "¶12 lists this resolution twice, the first time out of date order between 61/44 and 63/35; it is recorded once." },
        Resolution("unga-resolution-68-49", "68/49", PartialDate.Day(2013, 12, 5)),
        Resolution("unga-resolution-69-110", "69/110", PartialDate.Day(2014, 12, 10)),
    ];

    // ¶12 says what the resolutions did together, not one by one.
    private const string ResolutionsPurpose =
        "Part of the General Assembly's series on cooperation with ASEAN: appreciation of ASEAN, its inclusion in the UN's high-level meetings "
        + "with regional organisations, and the sub-item on cooperation between the UN and ASEAN on the Assembly's annual agenda.";

    // The report gives each resolution as "Resolution (nn/nn)"; the title drops the brackets, Symbol keeps the number as given.
    private static Instrument Resolution([RecordId] string id, string symbol, PartialDate adopted) =>
        new()
        {
            Id = id,
            Kind = InstrumentKind.GeneralAssemblyResolution,
            Title = $"Resolution {symbol}",
            Symbol = symbol,
            Date = adopted,
            Status = InstrumentStatus.Adopted,
            History = [new StatusEntry { Status = InstrumentStatus.Adopted, Date = adopted, Sources = Cite.Paragraphs(12) }],
            PartyIds = ["un-general-assembly"],
            Description = ResolutionsPurpose,
            Sources = Cite.Paragraphs(12),
        };
}
