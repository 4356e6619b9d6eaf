using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The bodies of both sides and beyond, as the report names them.</summary>
public sealed class OrganisationTests
{
    [Fact]
    public void About_forty_bodies_on_both_sides_and_beyond()
    {
        var bySide = TestData.Dataset.Organisations.GroupBy(o => o.Side).ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(TestData.Dataset.Organisations.Count, 38, 46);
        Assert.True(bySide[Side.UnitedNations] >= 15);
        Assert.True(bySide[Side.Asean] >= 15);
        Assert.Equal(2, bySide[Side.Other]);
    }

    [Theory]
    [InlineData("undp", "UNDP", "UN Development Programme", OrganisationKind.FundOrProgramme)]
    [InlineData("unctad", "UNCTAD", "UN Conference on Trade and Development", OrganisationKind.Conference)]
    [InlineData("ohchr", "OHCHR", "Office of the UN High Commissioner for Human Rights", OrganisationKind.Office)]
    [InlineData("unicef", "UNICEF", "UN Children’s Fund", OrganisationKind.FundOrProgramme)]
    [InlineData("who", "WHO", "World Health Organisation", OrganisationKind.SpecialisedAgency)]
    [InlineData("unesco", "UNESCO", "UN Educational, Scientific and Cultural Organisation", OrganisationKind.SpecialisedAgency)]
    [InlineData("cpr", "CPR", "Committee of Permanent Representatives to ASEAN", OrganisationKind.SectoralBody)]
    [InlineData("apcn", "APCN", "ASEAN Peacekeeping Centres Network", OrganisationKind.Network)]
    [InlineData("somswd", "SOMSWD", "ASEAN Senior Officials’ Meeting on Social Welfare and Development", OrganisationKind.SectoralBody)]
    [InlineData("seameo", "SEAMEO", "Southeast Asian Ministers of Education Organisation", OrganisationKind.IntergovernmentalOrganisation)]
    public void Names_and_acronyms_are_the_reports(string id, string acronym, string name, OrganisationKind kind)
    {
        var organisation = TestData.Get<Organisation>(id);

        Assert.Equal(acronym, organisation.Acronym);
        Assert.Equal(name, organisation.Name);
        Assert.Equal(kind, organisation.Kind);
    }

    [Fact]
    public void Bodies_named_only_by_acronym_say_so()
    {
        foreach (var id in new[] { "fao", "ilo", "unaids", "aha-centre" })
        {
            Assert.Contains("only", TestData.Get<Organisation>(id).Note, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_UN_body_is_placed_under_the_UN_and_each_ASEAN_body_under_ASEAN()
    {
        foreach (var organisation in TestData.Dataset.Organisations.Where(o => o.Side != Side.Other && o.ParentId is not null))
        {
            var root = organisation;
            while (root.ParentId is not null)
            {
                root = TestData.Get<Organisation>(root.ParentId);
            }

            Assert.Equal(organisation.Side == Side.UnitedNations ? "un" : "asean", root.Id);
        }
    }
}
