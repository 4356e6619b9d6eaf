using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Tests.TestData;
using NodaTime;

namespace AseanUn.Tests.Queries;

public sealed class FilterTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    [Fact]
    public void A_pillar_filter_includes_everything_under_its_areas_and_lines()
    {
        Assert.Equal(
            ["unicef-fac", "education-work-plan", "disaster-plan", "workshop-2014", "unicef-somswd"],
            Ids.Of(_dataset.RecordsUnderPillar(PillarCodes.SocioCultural)));
        Assert.Equal(["summit-2", "peacekeepers"], Ids.Of(_dataset.RecordsUnderPillar(PillarCodes.PoliticalSecurity)));
    }

    [Fact]
    public void Area_and_action_line_filters_narrow_down()
    {
        Assert.Equal(["unicef-fac", "workshop-2014", "unicef-somswd"], Ids.Of(_dataset.RecordsUnderArea(AreaCodes.HumanDevelopmentAndSocialWelfare)));
        Assert.Equal(["education-work-plan"], Ids.Of(_dataset.RecordsUnderActionLine(ActionLineCodes.Education)));
        Assert.Empty(_dataset.RecordsUnderActionLine(ActionLineCodes.Culture));
    }

    [Theory]
    [InlineData("UNICEF")]
    [InlineData("unicef")]
    [InlineData("United Nations Children’s Fund")]
    public void Organisation_filter_finds_records_naming_the_organisation_in_any_reference(string name) =>
        Assert.Equal(["unicef-fac", "unicef-somswd"], Ids.Of(_dataset.RecordsInvolvingOrganisation(name)));

    [Fact]
    public void Organisation_filter_works_for_either_side_and_through_aliases_and_parents()
    {
        Assert.Equal(["workshop-2014", "call-2015"], Ids.Of(_dataset.RecordsInvolvingOrganisation("ESCAP")));
        Assert.Equal(["le-luong-minh", "unicef-fac", "summit-2", "s2s-2016"], Ids.Of(_dataset.RecordsInvolvingOrganisation("ASEAN Secretariat")));
        Assert.Equal(["unicef", "unescap", "summit-2", "s2s-2016"], Ids.Of(_dataset.RecordsInvolvingOrganisation("UN")));
        Assert.Empty(_dataset.RecordsInvolvingOrganisation("WHO"));
    }

    [Fact]
    public void Member_state_filter_includes_records_that_name_a_grouping_of_the_state()
    {
        Assert.Equal(["clmv", "workshop-2014", "peacekeepers"], Ids.Of(_dataset.RecordsInvolvingMemberState("LA")));
        Assert.Equal(Ids.Of(_dataset.RecordsInvolvingMemberState("Lao PDR")), Ids.Of(_dataset.RecordsInvolvingMemberState("viet-nam")));
    }

    [Fact]
    public void Person_filter_finds_the_events_a_person_took_part_in() =>
        Assert.Equal(["call-2015"], Ids.Of(_dataset.RecordsInvolvingPerson("Le Luong Minh")));

    [Theory]
    [InlineData("New York")]
    [InlineData("new york")]
    [InlineData("US")]
    [InlineData("U.S.A.")]
    public void Place_filter_matches_every_place_in_a_city_or_country(string place) =>
        Assert.Equal(["summit-2", "s2s-2016"], Ids.Of(_dataset.EventsAt(place)));

    [Fact]
    public void Place_filter_matches_a_single_place_by_id_or_name_ignoring_diacritics()
    {
        Assert.Equal(["summit-2"], Ids.Of(_dataset.EventsAt("un-headquarters")));
        Assert.Equal(["workshop-2014"], Ids.Of(_dataset.EventsAt("Ha Noi")));
        Assert.Empty(_dataset.EventsAt("Bangkok"));
    }

    [Fact]
    public void Place_filter_finds_events_the_source_places_only_in_a_host_country()
    {
        var records = SampleDataset.Records();
        records.Add(new Event { Id = "training-2016", Kind = EventKind.Training, Title = "Training", Date = PartialDate.Month(2016, 11), HostStateId = "lao-pdr", Sources = SampleDataset.Cite(9) });
        var dataset = new PartnershipDataset("t", PartialDate.Year(2017), records);

        Assert.Equal(["training-2016"], Ids.Of(dataset.EventsAt("Lao PDR")));
        Assert.Equal(["training-2016"], Ids.Of(dataset.EventsAt("LAO")));
        Assert.Equal(["workshop-2014"], Ids.Of(dataset.EventsAt("Viet Nam")));
        Assert.Contains("training-2016", Ids.Of(dataset.RecordsInvolvingMemberState("LA")));
    }

    [Fact]
    public void Kind_and_status_filters_answer_from_their_indexes()
    {
        Assert.Equal(["summit-2"], Ids.Of(_dataset.EventsOfKind(EventKind.Summit)));
        Assert.Equal(["education-work-plan"], Ids.Of(_dataset.InstrumentsOfKind(InstrumentKind.WorkPlan)));
        Assert.Equal(["education-work-plan"], Ids.Of(_dataset.InstrumentsWithStatus(InstrumentStatus.Planned)));
        Assert.Equal(["unicef"], Ids.Of(_dataset.OrganisationsOfKind(OrganisationKind.FundOrProgramme)));
        Assert.Empty(_dataset.EventsOfKind((EventKind)999));
    }

    [Fact]
    public void Date_filter_uses_overlap_of_every_date_a_record_carries()
    {
        // 2015: the 2011–2015 plan (period), the call, the activity since 2012, the figure as of July 2015.
        Assert.Equal(["disaster-plan", "call-2015", "unicef-somswd", "peacekeepers"], Ids.Of(_dataset.RecordsDuring(PartialDate.Year(2015))));
        // One day inside the three-day workshop finds it; the day after does not.
        Assert.Contains("workshop-2014", Ids.Of(_dataset.RecordsDuring(PartialDate.Day(2014, 6, 20))));
        Assert.DoesNotContain("workshop-2014", Ids.Of(_dataset.RecordsDuring(PartialDate.Day(2014, 6, 22))));
        // An instrument matches through its date as well as its period.
        Assert.Contains("education-work-plan", Ids.Of(_dataset.RecordsDuring(PartialDate.Month(2016, 2))));
        Assert.Equal(["summit-2"], Ids.Of(_dataset.RecordsDuring(PartialDate.Years(2000, 2010))));
    }

    [Fact]
    public void Date_filter_agrees_with_PartialDate_Overlaps_for_every_record_and_many_intervals()
    {
        for (var year = 2003; year <= 2019; year++)
        {
            foreach (var interval in new[] { PartialDate.Year(year), PartialDate.Month(year, 6), PartialDate.Since(PartialDate.Year(year)), PartialDate.Until(PartialDate.Year(year)) })
            {
                var expected = new System.Collections.Generic.List<string>();
                foreach (var record in _dataset.Records)
                {
                    if (record.Dates.Any(date => date.Overlaps(interval)))
                    {
                        expected.Add(record.Id);
                    }
                }

                Assert.Equal(expected, Ids.Of(_dataset.RecordsDuring(interval)));
            }
        }
    }

    [Fact]
    public void Date_filter_accepts_a_NodaTime_interval_through_the_query()
    {
        var interval = new DateInterval(new LocalDate(2016, 9, 1), new LocalDate(2016, 9, 30));
        Assert.Equal(["education-work-plan", "s2s-2016", "unicef-somswd"], Ids.Of(_dataset.Query().During(interval).ToRecords()));
    }
}
