using System;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

/// <summary><c>show</c> links a member state and the places in it both ways, and a member state to the events held there.</summary>
public sealed class ShowLinkTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Show_LA_lists_Vientiane_and_the_8th_Summit_held_there()
    {
        var referencedBy = JsonOf.Parse(ExplorerRun.Of("show", "LA", "--json")).GetProperty("referencedBy").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString(), r.GetProperty("relation").GetString()))
            .ToList();

        Assert.Contains(("vientiane", "country"), referencedBy);
        Assert.Contains(("summit-8", "countryOfPlace"), referencedBy);

        var lines = ExplorerRun.Of("show", "LA").AssertOk().Lines;
        Assert.Contains(lines, l => l.StartsWith("country of place", StringComparison.Ordinal) && l.Contains("summit-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_vientiane_lists_Lao_PDR()
    {
        var references = JsonOf.Parse(ExplorerRun.Of("show", "vientiane", "--json")).GetProperty("references").EnumerateArray().ToList();

        var state = Assert.Single(references, r => r.GetProperty("id").GetString() == "lao-pdr");
        Assert.Equal("country", state.GetProperty("relation").GetString());
        Assert.Equal("memberState", state.GetProperty("type").GetString());
        Assert.Contains(ExplorerRun.Of("show", "vientiane").AssertOk().Lines, l => l.StartsWith("country", StringComparison.Ordinal) && l.Contains("lao-pdr", StringComparison.Ordinal));

        // A place outside the member states has no member state to link to.
        var newYork = JsonOf.Parse(ExplorerRun.Of("show", "New York", "--json")).GetProperty("references").EnumerateArray();
        Assert.DoesNotContain(newYork, r => r.GetProperty("type").GetString() == "memberState");
    }

    [Fact]
    public void Every_place_in_a_member_state_and_the_state_list_each_other_and_the_state_lists_every_event_there()
    {
        var places = Dataset.Places.Select(p => (Place: p, State: Dataset.MemberStates.SingleOrDefault(m => m.IsoAlpha2 == p.CountryCode))).Where(p => p.State is not null).ToList();
        Assert.NotEmpty(places);

        foreach (var (place, state) in places)
        {
            var fromPlace = JsonOf.Strings(JsonOf.Parse(ExplorerRun.Of("show", place.Id, "--json")).GetProperty("references"), "id");
            Assert.Contains(state!.Id, fromPlace);

            var toState = JsonOf.Strings(JsonOf.Parse(ExplorerRun.Of("show", state.Id, "--json")).GetProperty("referencedBy"), "id");
            Assert.Contains(place.Id, toState);
            Assert.Superset(Dataset.Events.Where(e => e.PlaceId == place.Id).Select(e => e.Id).ToHashSet(), toState.ToHashSet());
        }
    }
}
