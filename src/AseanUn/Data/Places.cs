using AseanUn.Authoring;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Cities where the report places something, plus the two venues it names within a city. Country names are
    // written as the report writes them ("U.S.A.", "Lao PDR"). Where the report names only a host country
    // ("held in Malaysia", "hosted by Lao PDR"), the event carries HostStateId instead of a place.
    private static Place[] Places() =>
    [
        City("bangkok", "Bangkok", "Thailand", "TH", 2, 27, 34),
        City("hanoi", "Hanoi", "Viet Nam", "VN", 5),
        City("bali", "Bali", "Indonesia", "ID", 6),
        City("bandar-seri-begawan", "Bandar Seri Begawan", "Brunei Darussalam", "BN", 7),
        City("nay-pyi-taw", "Nay Pyi Taw", "Myanmar", "MM", 8, 16),
        City("kuala-lumpur", "Kuala Lumpur", "Malaysia", "MY", 9, 16),
        City("vientiane", "Vientiane", "Lao PDR", "LA", 10),
        City("jakarta", "Jakarta", "Indonesia", "ID", 8, 13, 38, 40),
        City("new-york", "New York", "U.S.A.", "US", 4, 11, 13, 17, 27, 38),
        Venue("asean-secretariat-jakarta", "ASEAN Secretariat", "Jakarta", "Indonesia", "ID", 13, 38),
        Venue("un-headquarters", "UN Headquarters", "New York", "U.S.A.", "US", 3, 38),
    ];

    private static Place City([RecordId] string id, string city, string country, string countryCode, params int[] paragraphs) =>
        Venue(id, city, city, country, countryCode, paragraphs);

    private static Place Venue([RecordId] string id, string name, string city, string country, string countryCode, params int[] paragraphs) =>
        new() { Id = id, Name = name, City = city, Country = country, CountryCode = countryCode, Sources = Cite.Paragraphs(paragraphs) };
}
