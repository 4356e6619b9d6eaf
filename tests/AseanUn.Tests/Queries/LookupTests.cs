using System.Collections.Generic;
using AseanUn.Model;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

public sealed class LookupTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    [Fact]
    public void Records_are_grouped_by_type_in_canonical_order_whatever_order_they_were_given()
    {
        var records = SampleDataset.Records();
        records.Reverse();
        var reversed = new PartnershipDataset("test-1", _dataset.AsOf, records);

        Assert.Equal("test-report", reversed.Records[0].Id);
        Assert.IsType<Figure>(reversed.Records[^1]);
        // Within a type the given order is kept: reversed input, reversed events.
        Assert.Equal(["call-2015", "workshop-2014", "s2s-2016", "summit-2"], Ids.Of(reversed.Events));
        Assert.Equal(Ids.Of(_dataset.Records).Length, reversed.Records.Count);
    }

    [Fact]
    public void TryGetRecord_finds_any_record_by_exact_id()
    {
        Assert.True(_dataset.TryGetRecord("summit-2", out var record));
        Assert.IsType<Event>(record);
        Assert.False(_dataset.TryGetRecord("Summit-2", out _));
        Assert.False(_dataset.TryGetRecord("summit-99", out record));
        Assert.Null(record);
    }

    [Fact]
    public void Typed_lookup_does_not_return_a_record_of_another_type()
    {
        Assert.True(_dataset.TryGet<Event>("summit-2", out var summit));
        Assert.Equal(2, summit.Ordinal);
        Assert.False(_dataset.TryGet<Instrument>("summit-2", out _));
        Assert.Equal("Second ASEAN-UN Summit", _dataset.Get<Event>("summit-2").Title);
        var error = Assert.Throws<KeyNotFoundException>(() => _dataset.Get<Instrument>("summit-2"));
        Assert.Equal("'summit-2' is an Event, not an Instrument; Get<Event> or GetRecord returns it.", error.Message);
        Assert.Equal("'unicef' is an Organisation, not a Pillar; Get<Organisation> or GetRecord returns it.",
            Assert.Throws<KeyNotFoundException>(() => _dataset.Get<Pillar>("unicef")).Message);
        Assert.Equal("No Pillar has the id 'XX'.", Assert.Throws<KeyNotFoundException>(() => _dataset.Get<Pillar>("XX")).Message);
        Assert.Throws<KeyNotFoundException>(() => _dataset.GetRecord("nothing"));
    }

    [Fact]
    public void Codes_find_pillars_areas_and_action_lines_of_their_level_only()
    {
        Assert.True(_dataset.TryGetPillar(PillarCodes.SocioCultural, out var pillar));
        Assert.Equal("Socio-Cultural Cooperation", pillar.Name);
        Assert.True(_dataset.TryGetArea(AreaCodes.CultureAndEducation, out var area));
        Assert.Equal("SC", area.PillarCode);
        Assert.True(_dataset.TryGetActionLine(ActionLineCodes.Education, out var line));
        Assert.Equal("SC.3", line.AreaCode);
        Assert.False(_dataset.TryGetPillar(AreaCodes.CultureAndEducation, out _));
        Assert.False(_dataset.TryGetArea(ActionLineCodes.Education, out _));
        Assert.Equal("Children", _dataset.GetActionLine(ActionLineCodes.Children).Name);
        Assert.Throws<KeyNotFoundException>(() => _dataset.GetArea(string.Concat(AreaCodes.PeaceAndSecurity, "9")));
    }

    [Theory]
    [InlineData("unescap")]
    [InlineData("UNESCAP")]
    [InlineData("escap")]
    [InlineData("UN-ESCAP")]
    [InlineData("un economic and social commission for asia and the pacific")]
    public void Organisations_are_found_by_id_name_acronym_or_alias_ignoring_case(string name)
    {
        Assert.True(_dataset.TryFindOrganisation(name, out var organisation));
        Assert.Equal("unescap", organisation.Id);
    }

    [Fact]
    public void Organisation_names_match_across_typographic_quotes_and_unknown_names_do_not_match()
    {
        Assert.True(_dataset.TryFindOrganisation("United Nations Children's Fund", out var unicef));
        Assert.Equal("unicef", unicef.Id);
        Assert.False(_dataset.TryFindOrganisation("UNICE", out _));
    }

    [Theory]
    [InlineData("lao-pdr")]
    [InlineData("Lao PDR")]
    [InlineData("la")]
    [InlineData("LAO")]
    public void Member_states_are_found_by_id_name_or_iso_code(string name)
    {
        Assert.True(_dataset.TryFindMemberState(name, out var state));
        Assert.Equal("lao-pdr", state.Id);
    }

    [Theory]
    [InlineData("Lê Lương Minh")]
    [InlineData("le luong minh")]
    [InlineData("LE LUONG MINH")]
    [InlineData("le-luong-minh")]
    public void People_are_found_by_name_ignoring_case_and_diacritics(string name)
    {
        Assert.True(_dataset.TryFindPerson(name, out var person));
        Assert.Equal("le-luong-minh", person.Id);
    }

    [Fact]
    public void Hierarchy_lists_areas_of_a_pillar_and_lines_of_an_area_or_pillar()
    {
        Assert.Equal(["SC.1", "SC.2", "SC.3"], Ids.Of(_dataset.AreasOf(PillarCodes.SocioCultural)));
        Assert.Equal(["SC.3.2"], Ids.Of(_dataset.ActionLinesOf(AreaCodes.CultureAndEducation)));
        Assert.Equal(["SC.1.2", "SC.2.3", "SC.3.2"], Ids.Of(_dataset.ActionLinesOfPillar(PillarCodes.SocioCultural)));
        Assert.Empty(_dataset.AreasOf(PillarCodes.Economic));
    }
}
