using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

/// <summary>The rules every command shares: empty values, listings that find nothing, JSON key shapes, places as records.</summary>
public sealed partial class ConsistencyTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Theory]
    [InlineData("--org", "timeline", "--org", "")]
    [InlineData("--pillar", "timeline", "--pillar", "")]
    [InlineData("--state", "timeline", "--state", " ")]
    [InlineData("--kind", "timeline", "--kind", "")]
    [InlineData("--line", "timeline", "--line", "")]
    [InlineData("--out", "chart", "--out", "")]
    [InlineData("--out", "chart", "--out=")]
    [InlineData("--format", "export", "--format", "")]
    public void An_empty_option_value_is_a_usage_error_like_a_missing_one(string option, params string[] args)
    {
        var message = ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage);
        Assert.Equal($"aseanun: Option '{option}' needs a value.", message);
    }

    [Theory]
    [InlineData("show", "")]
    [InlineData("find", "")]
    [InlineData("validate", "")]
    public void An_empty_argument_is_a_usage_error(params string[] args)
    {
        ExplorerRun.Of(args).AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("find", "zzyzx")]
    [InlineData("timeline", "--to", "1900")]
    public void A_listing_that_finds_nothing_exits_1_and_with_json_still_writes_an_empty_array(params string[] args)
    {
        var text = ExplorerRun.Of(args);
        text.AssertFailed(ExitCodes.NotFoundOrInvalid);

        var json = ExplorerRun.Of([.. args, "--json"]);
        Assert.Equal(ExitCodes.NotFoundOrInvalid, json.ExitCode);
        Assert.Equal("[]\n", json.Output);
        Assert.Equal(text.Error, json.Error);
    }

    [Fact]
    public void Show_finds_a_place_by_its_name()
    {
        var detail = JsonOf.Parse(ExplorerRun.Of("show", "New York", "--json"));
        var place = Dataset.Places.Single(p => p.Name == "New York");
        Assert.Equal(place.Id, detail.GetProperty("record").GetProperty("id").GetString());
        var heldThere = Dataset.Events.Where(e => e.PlaceId == place.Id).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(heldThere);
        Assert.Superset(heldThere, JsonOf.Strings(detail.GetProperty("referencedBy"), "id").ToHashSet());
    }

    [Fact]
    public void A_member_state_involves_the_events_held_in_its_cities()
    {
        var laoPdr = Dataset.MemberStates.Single(m => m.IsoAlpha2 == "LA");
        var heldInLaos = Dataset.Events
            .Where(e => e.PlaceId is { } id && Dataset.Get<Place>(id).CountryCode == laoPdr.IsoAlpha2)
            .Select(e => e.Id)
            .ToList();
        Assert.Contains(heldInLaos, id => Dataset.Get<Event>(id) is { Kind: EventKind.Summit, Title: "8th ASEAN-UN Summit" });

        var timeline = JsonOf.Strings(JsonOf.Parse(ExplorerRun.Of("timeline", "--state", "LA", "--json")), "id");
        Assert.Superset(heldInLaos.ToHashSet(), timeline.ToHashSet());
    }

    [Fact]
    public void Show_json_facts_have_camel_case_keys_and_counts_as_numbers()
    {
        // One record of each type, so every fact name show knows is written at least once.
        var person = Dataset.People.MaxBy(p => p.Roles.Count)!;
        var samples = Dataset.Records.GroupBy(r => r.GetType()).Select(g => g.First().Id).Append(person.Id);
        foreach (var id in samples)
        {
            var facts = JsonOf.Parse(ExplorerRun.Of("show", id, "--json")).GetProperty("facts");
            foreach (var fact in facts.EnumerateObject())
            {
                Assert.Matches(CamelCaseKey(), fact.Name);
                Assert.NotEqual(JsonValueKind.String, fact.Name is "records" or "paragraphs" ? fact.Value.ValueKind : JsonValueKind.Null);
            }
        }

        var mpac = JsonOf.Parse(ExplorerRun.Of("show", "MPAC", "--json")).GetProperty("facts");
        Assert.Equal("MPAC", mpac.GetProperty("shortName").GetString());
        var pillar = JsonOf.Parse(ExplorerRun.Of("show", PillarCodes.SocioCultural, "--json")).GetProperty("facts");
        Assert.Equal(Dataset.RecordsUnderPillar(PillarCodes.SocioCultural).Count, pillar.GetProperty("records").GetInt32());
        var roles = JsonOf.Parse(ExplorerRun.Of("show", person.Id, "--json")).GetProperty("facts").GetProperty("roles");
        Assert.Equal(person.Roles.Select(r => r.Title), roles.EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(person.Roles.Select(r => r.During?.ToString()), roles.EnumerateArray().Select(r => r.TryGetProperty("during", out var d) ? d.GetString() : null));
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCaseKey();
}
