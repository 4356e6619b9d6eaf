using System.IO;
using System.Linq;
using System.Text.Json;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

/// <summary><c>--json</c> carries data, not display text: one spelling of every enum, lists as arrays, citations and changes as objects.</summary>
public sealed class JsonDataTests
{
    private const string Files = "tests/AseanUn.Explorer.Tests/Files/";
    private const string PlanOfAction = "asean-un-plan-of-action-2016-2020";
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void A_status_is_spelled_the_same_in_the_facts_the_history_and_the_diff()
    {
        var plan = Dataset.Get<Instrument>(PlanOfAction);
        var detail = JsonOf.Parse(ExplorerRun.Of("show", PlanOfAction, "--json"));
        var diff = JsonOf.Parse(ExplorerRun.Of("diff", Files + "status-step.json", "--json")).EnumerateArray().Single(i => i.GetProperty("change").GetString() == "changed");

        Assert.Equal(InstrumentStatus.Adopted, plan.Status);
        Assert.Equal("adopted", detail.GetProperty("facts").GetProperty("status").GetString());
        Assert.Equal("adopted", detail.GetProperty("history").EnumerateArray().Last().GetProperty("status").GetString());
        Assert.Equal("adopted", diff.GetProperty("before").GetString());
        Assert.Equal("inForce", diff.GetProperty("after").GetString());
    }

    [Fact]
    public void Codes_lists_numbers_and_enums_in_facts_are_values_not_text()
    {
        var laos = JsonOf.Parse(ExplorerRun.Of("show", "LA", "--json")).GetProperty("facts");
        Assert.Equal("LA", laos.GetProperty("isoAlpha2").GetString());
        Assert.Equal("LAO", laos.GetProperty("isoAlpha3").GetString());
        Assert.False(laos.TryGetProperty("isoCodes", out _));

        var organisation = Dataset.Organisations.First(o => o.Aliases.Count > 0 && o.Side == Side.UnitedNations);
        var facts = JsonOf.Parse(ExplorerRun.Of("show", organisation.Id, "--json")).GetProperty("facts");
        Assert.Equal(organisation.Aliases, facts.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(organisation.Side.ToString()), facts.GetProperty("side").GetString());

        var figure = Dataset.Figures.First(f => f.Precision == FigurePrecision.Approximate);
        var value = JsonOf.Parse(ExplorerRun.Of("show", figure.Id, "--json")).GetProperty("facts");
        Assert.Equal(figure.Value, value.GetProperty("value").GetDecimal());
        Assert.Equal(figure.Unit, value.GetProperty("unit").GetString());
        Assert.Equal("approximate", value.GetProperty("precision").GetString());
    }

    [Fact]
    public void A_timeline_row_names_its_place_by_id_too()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("timeline", "--kind", "summit", "--json")).EnumerateArray().ToList();

        var summit = items.Single(i => i.GetProperty("id").GetString() == "summit-8");
        Assert.Equal("vientiane", summit.GetProperty("placeId").GetString());
        Assert.All(items, i => Assert.Equal("summit", i.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Diff_changes_are_objects_with_the_property_before_after_and_evidence()
    {
        var status = JsonOf.Parse(ExplorerRun.Of("diff", Files + "status-step.json", "--json")).EnumerateArray()
            .Single(i => i.GetProperty("change").GetString() == "changed");
        Assert.Equal(PlanOfAction, status.GetProperty("id").GetString());
        Assert.Equal("status", status.GetProperty("property").GetString());
        Assert.Equal("2018-06", status.GetProperty("date").GetString());
        var evidence = Assert.Single(status.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("example-status-report", 2), (evidence.GetProperty("document").GetString(), evidence.GetProperty("paragraph").GetInt32()));

        // The 9th Summit's layer cites its document as a whole, with its address.
        var items = JsonOf.Parse(ExplorerRun.Of("diff", "src/AseanUn/Layers/chairmans-statement-9th-asean-un-summit.json", "--json")).EnumerateArray().ToList();
        var cited = Assert.Single(items.Single(i => i.GetProperty("id").GetString() == PlanOfAction).GetProperty("evidence").EnumerateArray());
        Assert.Equal("chairmans-statement-9th-asean-un-summit", cited.GetProperty("document").GetString());
        Assert.False(cited.TryGetProperty("paragraph", out _));
        Assert.StartsWith("https://", cited.GetProperty("url").GetString(), System.StringComparison.Ordinal);

        var added = items.Single(i => i.GetProperty("id").GetString() == "summit-9");
        Assert.Equal("event", added.GetProperty("type").GetString());
        Assert.Equal(Partnership.WithLayers.GetRecord("summit-9").Label, added.GetProperty("title").GetString());
        Assert.False(added.TryGetProperty("detail", out _));
    }

    [Fact]
    public void A_correction_gives_the_value_before_the_value_claimed_its_rank_reason_and_sources()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("diff", Files + "correction.json", "--json")).EnumerateArray()
            .Where(i => i.GetProperty("change").GetString() == "correction")
            .ToDictionary(i => i.GetProperty("id").GetString()!);

        var chosen = items["peacekeepers-contributed-2015"];
        Assert.Equal("value", chosen.GetProperty("property").GetString());
        Assert.Equal("5500", chosen.GetProperty("before").GetString());
        Assert.Equal("5600", chosen.GetProperty("after").GetString());
        Assert.Equal("preferred", chosen.GetProperty("rank").GetString());
        Assert.Contains("5,600", chosen.GetProperty("reason").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(chosen.GetProperty("evidence").EnumerateArray()).GetProperty("paragraph").GetInt32());

        var disputed = items["summit-8"];
        Assert.Equal(("date", "2016-09-07", "2016-09-06", "normal"), (disputed.GetProperty("property").GetString(), disputed.GetProperty("before").GetString(),
            disputed.GetProperty("after").GetString(), disputed.GetProperty("rank").GetString()));
    }

    [Theory]
    [InlineData("later-report.json", true)]
    [InlineData("later-report.json", false)]
    [InlineData("syntax-error.json", true)]
    public void Validate_says_valid_exactly_when_the_library_says_IsValid(string file, bool merge)
    {
        var path = Files + file;
        var json = File.ReadAllText(Path.Combine(RepositoryRoot.Path, path));
        var library = merge ? DatasetJson.TryMerge(Dataset, json) : DatasetJson.TryImport(json);

        var run = ExplorerRun.Of([.. (string[])["validate", path, "--json"], .. merge ? ["--merge"] : (string[])[]]);
        using var report = JsonDocument.Parse(run.Output);

        Assert.Equal(library.IsValid, report.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(library.IsValid ? 0 : 1, run.ExitCode);
    }
}
