using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

public sealed class RecordQueryTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    [Fact]
    public void Filters_combine_with_and()
    {
        var query = _dataset.Query().UnderPillar(PillarCodes.SocioCultural).During(PartialDate.Year(2015));
        Assert.Equal(["disaster-plan", "unicef-somswd"], Ids.Of(query.ToRecords()));
        Assert.Equal(2, query.Count());
        Assert.Equal(["unicef-somswd"], Ids.Of(query.InvolvingOrganisation("UNICEF").ToRecords()));
    }

    [Fact]
    public void A_query_is_immutable_each_filter_returns_a_new_one()
    {
        var all = _dataset.Query();
        var events = all.OfType<Event>();
        Assert.Equal(_dataset.Records.Count, all.Count());
        Assert.Equal(_dataset.Events.Count, events.Count());
        Assert.Equal(["summit-2", "s2s-2016"], Ids.Of(events.HeldAt("New York").ToRecords<Event>()));
    }

    [Fact]
    public void Every_filter_is_available_and_agrees_with_its_single_filter_method()
    {
        Assert.Equal(Ids.Of(_dataset.RecordsUnderArea("SC.1")), Ids.Of(_dataset.Query().UnderArea("SC.1").ToRecords()));
        Assert.Equal(Ids.Of(_dataset.RecordsUnderActionLine("PS.1.2")), Ids.Of(_dataset.Query().UnderActionLine("PS.1.2").ToRecords()));
        Assert.Equal(Ids.Of(_dataset.RecordsInvolvingMemberState("KH")), Ids.Of(_dataset.Query().InvolvingMemberState("KH").ToRecords()));
        Assert.Equal(Ids.Of(_dataset.RecordsInvolvingPerson("le-luong-minh")), Ids.Of(_dataset.Query().InvolvingPerson("le-luong-minh").ToRecords()));
        Assert.Equal(Ids.Of(_dataset.EventsOfKind(EventKind.Workshop)), Ids.Of(_dataset.Query().OfKind(EventKind.Workshop).ToRecords()));
        Assert.Equal(Ids.Of(_dataset.InstrumentsOfKind(InstrumentKind.StrategicPlan)), Ids.Of(_dataset.Query().OfKind(InstrumentKind.StrategicPlan).ToRecords()));
        Assert.Equal(Ids.Of(_dataset.OrganisationsOfKind(OrganisationKind.Secretariat)), Ids.Of(_dataset.Query().OfKind(OrganisationKind.Secretariat).ToRecords()));
        Assert.Equal(Ids.Of(_dataset.InstrumentsWithStatus(InstrumentStatus.Signed)), Ids.Of(_dataset.Query().WithStatus(InstrumentStatus.Signed).ToRecords()));
    }

    [Fact]
    public void Text_filter_keeps_dataset_order_and_timeline_keeps_date_order()
    {
        Assert.Equal(["unicef", "unicef-fac", "unicef-somswd"], Ids.Of(_dataset.Query().Matching("unicef").ToRecords()));
        Assert.Equal(["unicef-somswd", "unicef-fac"], Ids.Of(_dataset.Query().Matching("unicef").ToTimeline()));
    }

    [Fact]
    public void Unknown_names_and_codes_match_nothing()
    {
        Assert.Equal(0, _dataset.Query().InvolvingOrganisation("nobody").Count());
        Assert.Equal(0, _dataset.Query().UnderPillar("EC").Count());
        Assert.Equal(0, _dataset.Query().OfType<Event>().OfKind(InstrumentKind.WorkPlan).Count());
    }
}
