using AseanUn.Queries;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

public sealed class CooperationLinkTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    private static string Describe(CooperationLink link) =>
        $"{link.UnitedNationsEntity.Id}~{link.AseanBody.Id}:{string.Join(",", link.ActionLineCodes)}:{string.Join(",", Ids.Of(link.Evidence))}";

    [Fact]
    public void Links_join_UN_and_ASEAN_sides_of_activities_instruments_and_events()
    {
        Assert.Equal(
            [
                "un~asean-secretariat:PS.1.2:summit-2,s2s-2016",
                "unicef~asean-secretariat:SC.1.2:unicef-fac",
                "unicef~somswd:SC.1.2:unicef-somswd",
            ],
            System.Array.ConvertAll([.. _dataset.CooperationLinks], Describe));
    }

    [Fact]
    public void Links_are_found_by_organisation_of_either_side_and_by_code()
    {
        Assert.Equal(2, _dataset.CooperationLinksOf("UNICEF").Count);
        Assert.Equal(2, _dataset.CooperationLinksOf("asean-secretariat").Count);
        Assert.Equal(2, _dataset.CooperationLinksUnderActionLine(ActionLineCodes.Children).Count);
        Assert.Equal(2, _dataset.CooperationLinksUnderArea(AreaCodes.HumanDevelopmentAndSocialWelfare).Count);
        Assert.Equal("un", _dataset.CooperationLinksUnderPillar(PillarCodes.PoliticalSecurity)[0].UnitedNationsEntity.Id);
        Assert.Empty(_dataset.CooperationLinksOf("SEAMEO"));
    }
}
