using System;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

public sealed class ShowCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Shows_an_event_with_its_facts_links_and_source_paragraphs()
    {
        var summit = Dataset.Get<Event>("summit-4");
        var lines = ExplorerRun.Of("show", "summit-4").AssertOk().Lines;
        Assert.Equal(summit.Title, lines[0]);
        Assert.Contains(lines, l => l == "id           summit-4");
        Assert.Contains(lines, l => l == "type         Event (Summit)");
        Assert.Contains(lines, l => l == "date         2011-11-19");
        Assert.Contains(lines, l => l == $"place        {Dataset.GetRecord(summit.PlaceId!).Label}");
        var refersTo = Array.IndexOf(lines, $"Refers to ({summit.ParticipantIds.Count + summit.OutcomeIds.Count + summit.ActionLineCodes.Count + 1})");
        Assert.True(refersTo > 0, string.Join('\n', lines));
        foreach (var outcome in summit.OutcomeIds)
        {
            Assert.Contains(lines[refersTo..], l => l.StartsWith("outcome ", StringComparison.Ordinal) && l.Contains(outcome, StringComparison.Ordinal));
        }

        Assert.Equal($"Sources: {Dataset.SourceDocuments[0].Title} {string.Join(", ", summit.Sources.Select(s => $"¶{s.Paragraph}"))}", lines[^1]);
    }

    [Fact]
    public void A_flag_is_printed_only_when_set_and_given_either_way_in_json()
    {
        var held = ExplorerRun.Of("show", "summit-4").AssertOk().Lines;
        Assert.DoesNotContain(held, l => l.StartsWith("planned", StringComparison.Ordinal));
        Assert.DoesNotContain(held, l => l.Contains("False", StringComparison.Ordinal));

        var copy = ExplorerRun.Of("show", "chairmans-statement-10th-asean-un-summit", "--with-layers").AssertOk().Lines;
        Assert.Contains(copy, l => l.StartsWith("third party copy", StringComparison.Ordinal) && l.EndsWith(" yes", StringComparison.Ordinal));

        var facts = JsonOf.Parse(ExplorerRun.Of("show", "summit-4", "--json")).GetProperty("facts");
        Assert.False(facts.GetProperty("planned").GetBoolean());
    }

    [Fact]
    public void A_retracted_record_is_named_as_retracted_with_the_reason_and_evidence()
    {
        var message = ExplorerRun.Of("show", "education-for-all-goals-count", "--layer", "tests/AseanUn.Explorer.Tests/Files/retraction.json")
            .AssertFailed(ExitCodes.NotFoundOrInvalid);

        Assert.Equal("aseanun: 'education-for-all-goals-count' was retracted: The erratum withdraws the count. (Example Erratum (test data) ¶2)", message);
    }

    [Fact]
    public void A_record_of_a_later_document_points_to_the_shipped_layers_only_when_the_stack_lacks_them()
    {
        var message = ExplorerRun.Of("show", "summit-9").AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.EndsWith("the shipped layers have it: add --with-layers.", message, StringComparison.Ordinal);

        ExplorerRun.Of("show", "summit-9", "--with-layers").AssertOk();
    }

    [Fact]
    public void Shows_what_refers_to_a_record_as_well_as_what_it_refers_to()
    {
        var summit = Dataset.Get<Event>("summit-4");
        var outcome = summit.OutcomeIds[0];
        var detail = JsonOf.Parse(ExplorerRun.Of("show", outcome, "--json"));
        var referencedBy = detail.GetProperty("referencedBy").EnumerateArray().ToList();
        Assert.Contains(referencedBy, r => r.GetProperty("id").GetString() == "summit-4" && r.GetProperty("relation").GetString() == "outcome");
    }

    [Fact]
    public void A_person_refers_to_an_organisation_as_the_role_held_there()
    {
        var person = Dataset.Get<Person>("le-luong-minh");
        var role = person.Roles[0];
        var detail = JsonOf.Parse(ExplorerRun.Of("show", role.OrganisationId!, "--json"));
        var referencedBy = detail.GetProperty("referencedBy").EnumerateArray().ToList();
        Assert.Contains(referencedBy, r => r.GetProperty("id").GetString() == person.Id && r.GetProperty("relation").GetString() == "role"
            && r.GetProperty("roleTitle").GetString() == role.Title);

        // Text output names the relation by the role's title.
        var lines = ExplorerRun.Of("show", role.OrganisationId!).AssertOk().Lines;
        Assert.Contains(lines, l => l.StartsWith(role.Title, StringComparison.Ordinal) && l.Contains(person.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_an_organisation_by_acronym_alias_or_name_and_lists_its_partners()
    {
        Assert.True(Dataset.TryFindOrganisation("ESCAP", out var escap));
        var detail = JsonOf.Parse(ExplorerRun.Of("show", "ESCAP", "--json"));
        Assert.Equal(escap.Id, detail.GetProperty("record").GetProperty("id").GetString());
        Assert.Equal(escap.Name, detail.GetProperty("facts").GetProperty("name").GetString());
        var referencing = JsonOf.Strings(detail.GetProperty("referencedBy"), "id").Distinct();
        Assert.Equal(Dataset.RecordsInvolvingOrganisation(escap.Id).Where(r => r is not Organisation || r.Id != escap.Id).Select(r => r.Id), referencing);
    }

    [Theory]
    [InlineData("sc.1.2")]
    [InlineData("SC.1.2")]
    public void Shows_an_action_line_by_code_in_any_case_with_the_records_under_it(string code)
    {
        var detail = JsonOf.Parse(ExplorerRun.Of("show", code, "--json"));
        Assert.Equal(ActionLineCodes.Children, detail.GetProperty("record").GetProperty("id").GetString());
        Assert.Equal(Dataset.RecordsUnderActionLine(ActionLineCodes.Children).Select(r => r.Id), JsonOf.Strings(detail.GetProperty("referencedBy"), "id"));
        Assert.Equal([AreaCodes.HumanDevelopmentAndSocialWelfare], JsonOf.Strings(detail.GetProperty("references"), "id"));
    }

    [Fact]
    public void On_a_narrow_terminal_every_table_is_drawn_with_its_rows()
    {
        var run = ExplorerRun.In(OutputLayout.Rich, 80, "show", "summit-4").AssertOk();
        Assert.DoesNotContain(run.Lines, line => line.Trim() == "…");
        Assert.All(run.Lines, line => Assert.True(line.Length <= 80, line));
        Assert.Contains(run.Lines, line => line.StartsWith("│ outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_single_valued_field_of_every_type_is_a_fact_under_its_json_name()
    {
        foreach (var record in Dataset.Records.GroupBy(r => r.GetType()).Select(g => g.First()))
        {
            var facts = JsonOf.Parse(ExplorerRun.Of("show", record.Id, "--json")).GetProperty("facts");
            var expected = RecordFields.Of(record)
                .Where(f => !f.IsList && f.ValueOf(record) is not null && !(f.Name == "Kind" && record.KindName is not null))
                .Select(f => f.JsonName);

            Assert.All(expected, name => Assert.True(facts.TryGetProperty(name, out _), $"show {record.Id} --json has no '{name}'."));
        }
    }

    [Fact]
    public void Json_gives_the_sources_as_objects_and_the_facts_as_data_in_order()
    {
        var summit = Dataset.Get<Event>("summit-4");
        var detail = JsonOf.Parse(ExplorerRun.Of("show", "summit-4", "--json"));
        var sources = detail.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(summit.Sources.Select(c => c.DocumentId), sources.Select(s => s.GetProperty("document").GetString()));
        Assert.Equal(summit.Sources.Select(c => c.Paragraph), sources.Select(s => (int?)s.GetProperty("paragraph").GetInt32()));
        Assert.All(sources, s => Assert.Equal(Dataset.SourceDocuments[0].Title, s.GetProperty("title").GetString()));
        var facts = detail.GetProperty("facts");
        Assert.Equal(["title", "ordinal", "date", "placeId", "planned", "description"], facts.EnumerateObject().Select(p => p.Name));
        Assert.False(facts.GetProperty("planned").GetBoolean());
        Assert.Equal(summit.Date.ToString(), facts.GetProperty("date").GetString());
        Assert.Equal(summit.PlaceId, facts.GetProperty("placeId").GetString());
        Assert.Equal("2011-11-19", detail.GetProperty("record").GetProperty("date").GetString());
    }

    [Fact]
    public void An_unknown_record_is_not_found_and_suggests_near_matches()
    {
        var message = ExplorerRun.Of("show", "summit").AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Contains("No record is called 'summit'; did you mean ", message, StringComparison.Ordinal);
        Assert.Contains(Dataset.Search("summit")[0].Id, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_record_it_is_a_usage_error()
    {
        ExplorerRun.Of("show").AssertFailed(ExitCodes.Usage);
        ExplorerRun.Of("show", " ").AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("MPAC", "master-plan-on-asean-connectivity")]
    [InlineData("61/44", "unga-resolution-61-44")]
    [InlineData("Le Luong Minh", "le-luong-minh")]
    [InlineData("LAO", "lao-pdr")]
    [InlineData("4th ASEAN-UN Summit", "summit-4")]
    public void Finds_records_by_short_name_symbol_person_state_and_full_title(string name, string id)
    {
        Assert.True(Dataset.TryGetRecord(id, out _), $"the dataset has no '{id}'");
        var detail = JsonOf.Parse(ExplorerRun.Of("show", name, "--json"));
        Assert.Equal(id, detail.GetProperty("record").GetProperty("id").GetString());
    }

    [Fact]
    public void Show_json_gives_an_instrument_s_status_history_in_order_with_dates_and_sources()
    {
        var detail = JsonOf.Parse(ExplorerRun.Of("show", "asean-un-plan-of-action-2016-2020", "--json"));
        var history = detail.GetProperty("history");

        Assert.Equal(["planned", "planned", "adopted"], JsonOf.Strings(history, "status"));
        Assert.Equal(["2015-09-29", "2015-11-22", "../2016-09-07"], JsonOf.Strings(history, "date"));
        Assert.Equal([("overview-2017", 10), ("overview-2017", 38)],
            history[2].GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("document").GetString(), s.GetProperty("paragraph").GetInt32())));
        Assert.Equal(0, detail.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Show_json_gives_inferred_values_with_their_reasons()
    {
        var session = Dataset.Get<Event>("unctad-x");
        var detail = JsonOf.Parse(ExplorerRun.Of("show", "unctad-x", "--json"));
        var inferences = detail.GetProperty("inferences");

        Assert.Equal(session.Inferences.Select(i => char.ToLowerInvariant(i.Property[0]) + i.Property[1..]), JsonOf.Strings(inferences, "property"));
        Assert.Equal(session.Inferences.Select(i => i.Reason), JsonOf.Strings(inferences, "reason"));
        Assert.Contains("placeId", JsonOf.Strings(inferences, "property"));
        Assert.Equal(0, detail.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public void Show_json_gives_empty_provenance_arrays_for_a_record_without_any()
    {
        var plain = Dataset.Records.First(r => r is not Instrument && r.Inferences.IsEmpty && r.Claims.IsEmpty);
        var detail = JsonOf.Parse(ExplorerRun.Of("show", plain.Id, "--json"));

        Assert.Equal(0, detail.GetProperty("inferences").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("history").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("claims").GetArrayLength());
    }
}
