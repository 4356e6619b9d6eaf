using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AseanUn.Model;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

/// <summary>Look-ups and indexed filters allocate nothing once the indexes are built; indexes are built once, safely, under concurrency.</summary>
public sealed class AllocationTests
{
    private static readonly PartnershipDataset Dataset = SampleDataset.Create();

    public static TheoryData<string> Calls => [.. Queries.Keys];

    private static readonly Dictionary<string, Func<PartnershipDataset, int>> Queries = new()
    {
        ["TryGetRecord"] = d => d.TryGetRecord("summit-2", out _) ? 1 : 0,
        ["TryGet<Event>"] = d => d.TryGet<Event>("summit-2", out _) ? 1 : 0,
        ["TryGetActionLine"] = d => d.TryGetActionLine(ActionLineCodes.Children, out _) ? 1 : 0,
        ["TryFindOrganisation"] = d => d.TryFindOrganisation("Escap", out _) ? 1 : 0,
        ["TryFindPerson"] = d => d.TryFindPerson("LE LUONG MINH", out _) ? 1 : 0,
        ["TryFindMemberState"] = d => d.TryFindMemberState("lao", out _) ? 1 : 0,
        ["RecordsUnderPillar"] = d => d.RecordsUnderPillar(PillarCodes.SocioCultural).Count,
        ["RecordsUnderArea"] = d => d.RecordsUnderArea(AreaCodes.HumanDevelopmentAndSocialWelfare).Count,
        ["RecordsUnderActionLine"] = d => d.RecordsUnderActionLine(ActionLineCodes.Children).Count,
        ["RecordsInvolvingOrganisation"] = d => d.RecordsInvolvingOrganisation("UNICEF").Count,
        ["RecordsInvolvingMemberState"] = d => d.RecordsInvolvingMemberState("KH").Count,
        ["RecordsInvolvingPerson"] = d => d.RecordsInvolvingPerson("le-luong-minh").Count,
        ["EventsAt"] = d => d.EventsAt("New York").Count,
        ["EventsOfKind"] = d => d.EventsOfKind(EventKind.Summit).Count,
        ["InstrumentsWithStatus"] = d => d.InstrumentsWithStatus(InstrumentStatus.Planned).Count,
        ["AreasOf"] = d => d.AreasOf(PillarCodes.SocioCultural).Count,
        ["Timeline"] = d => d.Timeline.Count,
        ["CooperationLinksOf"] = d => d.CooperationLinksOf("UNICEF").Count,
        ["CooperationLinksUnderPillar"] = d => d.CooperationLinksUnderPillar(PillarCodes.SocioCultural).Count,
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Indexed_queries_allocate_nothing(string call)
    {
        var query = Queries[call];
        Assert.NotEqual(0, query(Dataset)); // builds the indexes, warms the call up, and shows it finds something
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            query(Dataset);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Indexes_are_built_once_and_agree_across_threads()
    {
        var dataset = SampleDataset.Create();
        var results = new string[16];
        Parallel.For(0, results.Length, i =>
            results[i] = string.Join(",", Ids.Of(dataset.Query().UnderPillar(PillarCodes.SocioCultural).ToRecords())) + "|" + string.Join(",", Ids.Of(dataset.Timeline)));
        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Same(dataset.Timeline[0].Record, dataset.Events[0]);
    }
}
