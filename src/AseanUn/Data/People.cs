using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // Names, honorifics and titles as the report gives them; During spans the dates on which the report shows
    // the person in the role.
    private static Person[] People() =>
    [
        new Person
        {
            Id = "le-luong-minh",
            Name = "Le Luong Minh",
            Honorific = "H.E.",
            Roles =
            [
                new Role
                {
                    Title = "Secretary-General of ASEAN",
                    OrganisationId = "asean-secretariat",
                    During = PartialDate.Between(PartialDate.Month(2015, 5), PartialDate.Day(2017, 3, 13)),
                },
            ],
            Note = "The report once writes the honorific without its final full stop (\"H.E Le Luong Minh\", ¶13).",
            Sources = Cite.Paragraphs(13, 17),
        },
        new Person
        {
            Id = "miroslav-jenca",
            Name = "Miroslav Jenca",
            Honorific = "Mr.",
            Roles =
            [
                new Role
                {
                    Title = "UN Assistant Secretary-General for Political Affairs",
                    OrganisationId = "un-secretariat",
                    During = PartialDate.Between(PartialDate.Month(2015, 5), PartialDate.Day(2015, 6, 26)),
                },
            ],
            Note = "Newly appointed when he met the Secretary-General of ASEAN in May 2015; the report also calls him \"UN ASG Jenca\".",
            Sources = Cite.Paragraphs(13),
        },
        new Person
        {
            Id = "shamshad-akhtar",
            Name = "Shamshad Akhtar",
            Honorific = "H.E.",
            Roles =
            [
                new Role { Title = "Under Secretary-General of the UN", OrganisationId = "un-secretariat", During = PartialDate.Day(2015, 10, 20) },
                new Role { Title = "Executive Secretary of UNESCAP", OrganisationId = "unescap", During = PartialDate.Day(2015, 10, 20) },
            ],
            Sources = Cite.Paragraphs(13),
        },
        new Person
        {
            Id = "latsamy-keomany",
            Name = "Latsamy Keomany",
            Honorific = "H.E.",
            Roles =
            [
                new Role
                {
                    Title = "Permanent Representative of Lao PDR to ASEAN",
                    OrganisationId = "cpr",
                    MemberStateId = "lao-pdr",
                    During = PartialDate.Day(2015, 10, 20),
                },
                new Role { Title = "incoming Chair of the CPR", OrganisationId = "cpr", During = PartialDate.Day(2015, 10, 20) },
            ],
            Sources = Cite.Paragraphs(13),
        },
        new Person
        {
            Id = "kim-won-soo",
            Name = "Kim Won-soo",
            Honorific = "H.E.",
            Roles =
            [
                new Role
                {
                    Title = "UN Under-Secretary-General High Representative for Disarmament Affairs",
                    OrganisationId = "un-secretariat",
                    During = PartialDate.Day(2017, 3, 13),
                },
            ],
            Sources = Cite.Paragraphs(13),
        },
    ];
}
