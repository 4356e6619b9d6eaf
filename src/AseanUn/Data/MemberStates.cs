using AseanUn.Authoring;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // The report names the member states as a whole (¶16, ¶22, ¶26) and Cambodia, Lao PDR, Myanmar, Viet Nam,
    // Brunei Darussalam, Indonesia, Malaysia and Thailand by name; the Philippines and Singapore complete the ten.
    private static MemberState[] MemberStates() =>
    [
        State("brunei-darussalam", "Brunei Darussalam", "BN", "BRN", 7),
        State("cambodia", "Cambodia", "KH", "KHM", 26),
        State("indonesia", "Indonesia", "ID", "IDN", 6),
        State("lao-pdr", "Lao PDR", "LA", "LAO", 10, 13, 16, 26),
        State("malaysia", "Malaysia", "MY", "MYS", 9, 16, 35),
        State("myanmar", "Myanmar", "MM", "MMR", 8, 16, 26),
        State("philippines", "Philippines", "PH", "PHL", 16),
        State("singapore", "Singapore", "SG", "SGP", 16),
        State("thailand", "Thailand", "TH", "THA", 2, 27, 34),
        State("viet-nam", "Viet Nam", "VN", "VNM", 5, 26),
    ];

    private static StateGrouping[] Groupings() =>
    [
        new StateGrouping
        {
            Id = "clmv",
            Name = "CLMV",
            MemberIds = ["cambodia", "lao-pdr", "myanmar", "viet-nam"],
            Sources = Cite.Paragraphs(26),
        },
        new StateGrouping
        {
            Id = "asean-member-states",
            Name = "ASEAN Member States",
            MemberIds = ["brunei-darussalam", "cambodia", "indonesia", "lao-pdr", "malaysia", "myanmar", "philippines", "singapore", "thailand", "viet-nam"],
            Sources = Cite.Paragraphs(16, 18, 22, 26),
        },
    ];

    private static MemberState State([RecordId] string id, string name, string alpha2, string alpha3, params int[] paragraphs) =>
        new() { Id = id, Name = name, IsoAlpha2 = alpha2, IsoAlpha3 = alpha3, Sources = Cite.Paragraphs(paragraphs) };
}
