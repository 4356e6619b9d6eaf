using System;
using System.Linq;
using System.Text.Json;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

/// <summary><c>status</c> prints the library's as-of answer, as text and as JSON, and refuses what it cannot answer.</summary>
public sealed class StatusCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void An_act_is_not_known_before_its_evidence()
    {
        var json = JsonOf.Parse(ExplorerRun.Of("status", "asean-un-mou-2007", "--as-of", "2000-01-01", "--json"));

        Assert.Equal("asean-un-mou-2007", json.GetProperty("id").GetString());
        Assert.Equal("2000-01-01", json.GetProperty("asOf").GetString());
        Assert.Equal("unknown", json.GetProperty("certainty").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("lastKnown").ValueKind);
        Assert.Empty(json.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public void A_transient_status_is_only_the_last_known_one_after_its_evidence()
    {
        var json = JsonOf.Parse(ExplorerRun.Of("status", "asean-charter", "--as-of", "2017", "--json"));

        Assert.Equal("unknown", json.GetProperty("certainty").GetString());
        var last = json.GetProperty("lastKnown");
        Assert.Equal("planned", last.GetProperty("status").GetString());
        Assert.Equal("2005-09-13", last.GetProperty("since").GetString());
        var evidence = Assert.Single(last.GetProperty("evidence").EnumerateArray());
        Assert.Equal("overview-2017", evidence.GetProperty("document").GetString());
        Assert.Equal(3, evidence.GetProperty("paragraph").GetInt32());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("quote").ValueKind);
    }

    [Fact]
    public void An_adoption_no_later_than_a_day_is_known_on_that_day_with_its_evidence()
    {
        var lines = ExplorerRun.Of("status", "asean-un-plan-of-action-2016-2020", "--as-of", "2016-09-07").AssertOk().Lines;

        Assert.Equal("As of 2016-09-07: adopted (known, no later than 2016-09-07)", lines[1]);
        Assert.StartsWith("Evidence: Overview of ASEAN-UN Cooperation ¶10", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_json_give_the_library_s_answer_for_every_instrument()
    {
        var asOf = PartialDate.Year(2012);
        foreach (var instrument in Dataset.Instruments)
        {
            var answer = Dataset.StatusAsOf(instrument.Id, asOf);
            var json = JsonOf.Parse(ExplorerRun.Of("status", instrument.Id, "--as-of", "2012", "--json"));

            Assert.Equal(answer.Certainty.ToString().ToLowerInvariant(), json.GetProperty("certainty").GetString());
            Assert.Equal(answer.Status is { } status ? JsonNamingPolicy.CamelCase.ConvertName(status.ToString()) : null, json.GetProperty("status").GetString());
            Assert.Equal(answer.Candidates.Count, json.GetProperty("candidates").GetArrayLength());
            Assert.Equal(answer.LastKnown?.Since?.ToString(), json.GetProperty("lastKnown") is { ValueKind: JsonValueKind.Object } last ? last.GetProperty("since").GetString() : null);
        }
    }

    [Fact]
    public void Without_a_date_it_answers_as_of_the_dataset_s_date()
    {
        var json = JsonOf.Parse(ExplorerRun.Of("status", "MPAC", "--json"));

        Assert.Equal(Dataset.AsOf.ToString(), json.GetProperty("asOf").GetString());
        Assert.Equal("master-plan-on-asean-connectivity", json.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("summit-4", "'summit-4' is a summit, not an instrument; only instruments have a status.")]
    [InlineData("asean-charter --as-of 2016-13", "--as-of:")]
    [InlineData("asean-charter --as-of 2016/..", "has no last day")]
    public void What_it_cannot_answer_is_refused_with_a_reason(string args, string message)
    {
        var run = ExplorerRun.Of(["status", .. args.Split(' ')]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.AssertFailed(run.ExitCode), StringComparison.Ordinal);
    }
}
