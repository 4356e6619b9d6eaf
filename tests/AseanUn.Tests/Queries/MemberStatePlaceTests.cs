using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Queries;

/// <summary>A place's country code links it to the member state of that code, so what is held there involves the state.</summary>
public sealed class MemberStatePlaceTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void The_8th_summit_in_vientiane_involves_lao_pdr()
    {
        var summit = Dataset.Get<Event>("summit-8");
        Assert.Equal("LA", Dataset.Get<Place>(summit.PlaceId!).CountryCode);
        Assert.Contains(summit, Dataset.RecordsInvolvingMemberState("Lao PDR"));
        Assert.Contains(summit.Id, Dataset.Query().InvolvingMemberState("LA").ToTimeline().Select(e => e.Record.Id));
    }

    [Fact]
    public void Every_event_held_in_a_member_state_involves_it_and_no_other_place_does()
    {
        foreach (var state in Dataset.MemberStates)
        {
            var involved = Dataset.RecordsInvolvingMemberState(state.Id).Select(r => r.Id).ToHashSet();
            foreach (var item in Dataset.Events.Where(e => e.PlaceId is not null))
            {
                var inState = Dataset.Get<Place>(item.PlaceId!).CountryCode == state.IsoAlpha2;
                if (inState)
                {
                    Assert.Contains(item.Id, involved);
                }
            }
        }

        // New York is in no member state: an event held there involves a state only by naming it.
        var newYork = Dataset.Events.Where(e => e.PlaceId == "new-york").Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(newYork);
        Assert.DoesNotContain(Dataset.MemberStates, s => Dataset.RecordsInvolvingMemberState(s.Id).Any(r => newYork.Contains(r.Id) && !Refers(r, s.Id)));
    }

    private static bool Refers(PartnershipRecord record, string stateId) =>
        Dataset.ReferencesOf(record).Any(r => r.TargetId == stateId || (Dataset.TryGet<StateGrouping>(r.TargetId, out var g) && g.MemberIds.Contains(stateId)));
}
