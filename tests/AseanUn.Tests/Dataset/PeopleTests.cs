using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The five people of ¶13 and ¶17, with the titles and honorifics the report gives them.</summary>
public sealed class PeopleTests
{
    [Theory]
    [InlineData("le-luong-minh", "Le Luong Minh", "H.E.", "Secretary-General of ASEAN", "asean-secretariat")]
    [InlineData("miroslav-jenca", "Miroslav Jenca", "Mr.", "UN Assistant Secretary-General for Political Affairs", "un-secretariat")]
    [InlineData("shamshad-akhtar", "Shamshad Akhtar", "H.E.", "Executive Secretary of UNESCAP", "unescap")]
    [InlineData("shamshad-akhtar", "Shamshad Akhtar", "H.E.", "Under Secretary-General of the UN", "un-secretariat")]
    [InlineData("latsamy-keomany", "Latsamy Keomany", "H.E.", "incoming Chair of the CPR", "cpr")]
    [InlineData("kim-won-soo", "Kim Won-soo", "H.E.", "UN Under-Secretary-General High Representative for Disarmament Affairs", "un-secretariat")]
    public void People_hold_the_reports_titles(string id, string name, string honorific, string title, string organisation)
    {
        var person = TestData.Get<Person>(id);
        var role = Assert.Single(person.Roles, r => r.Title == title);

        Assert.Equal(name, person.Name);
        Assert.Equal(honorific, person.Honorific);
        Assert.Equal(organisation, role.OrganisationId);
        Assert.Contains(13, TestData.ParagraphsOf(person));
    }

    [Fact]
    public void There_are_five_people()
    {
        Assert.Equal(5, TestData.Dataset.People.Count);
    }

    [Fact]
    public void Latsamy_Keomany_represented_Lao_PDR()
    {
        var role = Assert.Single(TestData.Get<Person>("latsamy-keomany").Roles, r => r.MemberStateId is not null);

        Assert.Equal("Permanent Representative of Lao PDR to ASEAN", role.Title);
        Assert.Equal("Lao PDR", TestData.Get<MemberState>(role.MemberStateId!).Name);
        Assert.Equal(PartialDate.Day(2015, 10, 20), role.During);
    }

    [Fact]
    public void Le_Luong_Minh_is_shown_as_Secretary_General_from_May_2015_to_March_2017()
    {
        var role = Assert.Single(TestData.Get<Person>("le-luong-minh").Roles);
        var during = role.During!.Value;

        Assert.True(during.Contains(new NodaTime.LocalDate(2015, 5, 1)));
        Assert.True(during.Contains(new NodaTime.LocalDate(2017, 3, 13)));
        Assert.Contains("H.E Le Luong Minh", TestData.Get<Person>("le-luong-minh").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_role_date_covers_the_events_the_person_takes_part_in()
    {
        foreach (var person in TestData.Dataset.People)
        {
            var span = person.Roles.Select(r => r.During!.Value).ToList();
            foreach (var e in TestData.Dataset.Events.Where(e => e.ParticipantIds.Contains(person.Id)))
            {
                Assert.True(span.Any(d => d.Overlaps(e.Date)), $"{person.Id} has no role dated around {e.Id} ({e.Date})");
            }
        }
    }
}
