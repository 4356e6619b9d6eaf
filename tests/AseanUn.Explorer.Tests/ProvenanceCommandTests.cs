using System;
using System.Linq;
using System.Text.Json;
using AseanUn.Model;

namespace AseanUn.Explorer.Tests;

/// <summary><c>show</c>'s inferences, status history and claims; <c>timeline --as-of</c>; <c>diff</c>.</summary>
public sealed class ProvenanceCommandTests
{
    private const string Layer = "src/AseanUn/Layers/chairmans-statement-9th-asean-un-summit.json";
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Show_marks_inferred_values_with_their_reasons()
    {
        var session = Dataset.Get<Event>("unctad-x");
        var lines = ExplorerRun.Of("show", "unctad-x").AssertOk().Lines;

        Assert.Contains(lines, l => l == $"Statements ({session.Statements.Count})");
        Assert.All(session.Inferences, i => Assert.Contains(lines, l =>
            l.StartsWith(JsonNamingPolicy.CamelCase.ConvertName(i.Property), StringComparison.Ordinal) && l.Contains($"inferred: {i.Reason[..30]}", StringComparison.Ordinal)));
        Assert.StartsWith("Sources: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_an_instrument_s_status_statements_with_their_time_and_evidence()
    {
        var plan = Dataset.Get<Instrument>("asean-un-plan-of-action-2016-2020");
        var lines = ExplorerRun.Of("show", plan.Id).AssertOk().Lines;

        var start = Array.IndexOf(lines, $"Statements ({plan.Statements.Count})");
        Assert.True(start > 0, string.Join('\n', lines));
        var rows = lines[(start + 3)..(start + 3 + plan.Statements.Count)];
        Assert.Equal(
            plan.History.Select(h => $"status {JsonNamingPolicy.CamelCase.ConvertName(h.Status.ToString())} {h.Date}"),
            rows.Where(r => r.StartsWith("status ", StringComparison.Ordinal)).Select(r => string.Join(' ', r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..3])));
        Assert.Contains(rows, r => r.Contains("Overview of ASEAN-UN Cooperation ¶10", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_as_of_a_date_lists_only_what_had_begun()
    {
        var asOf = new NodaTime.LocalDate(2015, 12, 31);
        var expected = Dataset.TimelineAsOf(AseanUn.Dates.PartialDate.FromDate(asOf)).Count;

        var lines = ExplorerRun.Of("timeline", "--as-of", "2015").AssertOk().Lines;

        Assert.Equal($"{expected} of {Dataset.Timeline.Count} dated records, edition {Dataset.Edition}.", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains("8th ASEAN-UN Summit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("7th ASEAN-UN Summit", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_lists_what_the_shipped_layer_adds_and_changes()
    {
        var lines = ExplorerRun.Of("diff", Layer).AssertOk().Lines;

        // The 9th Summit's statement welcomes progress under the Plan of Action: it cites the plan, it does not move its status.
        Assert.DoesNotContain(lines, l => l.StartsWith("changed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("added", StringComparison.Ordinal) && l.Contains("summit-9", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sources", StringComparison.Ordinal) && l.Contains("joint-declaration-comprehensive-partnership", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sources", StringComparison.Ordinal) && l.Contains("asean-un-plan-of-action-2016-2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_lists_a_status_step_of_a_later_document()
    {
        var lines = ExplorerRun.Of("diff", "tests/AseanUn.Explorer.Tests/Files/status-step.json").AssertOk().Lines;

        Assert.Contains(lines, l => l.StartsWith("changed", StringComparison.Ordinal) && l.Contains("asean-un-plan-of-action-2016-2020", StringComparison.Ordinal) && l.Contains("Adopted → InForce", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_of_a_merge_file_as_json_lists_the_same_changes()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("diff", Layer, "--json")).EnumerateArray().ToList();
        var layered = AseanUn.Json.DatasetJson.MergeFile(Dataset, RepositoryRoot.Combine(Layer));

        Assert.Equal(layered.Records.Count(r => !Dataset.TryGetRecord(r.Id, out _)), items.Count(i => i.GetProperty("change").GetString() == "added"));
        Assert.DoesNotContain(items, i => i.GetProperty("change").GetString() == "changed");
        Assert.Contains(items, i => i.GetProperty("change").GetString() == "sources" && i.GetProperty("id").GetString() == "asean-un-plan-of-action-2016-2020");
    }

    [Fact]
    public void Diff_lists_a_retracted_record_as_removed_and_a_retracted_value_with_the_reason_and_evidence()
    {
        const string File = "tests/AseanUn.Explorer.Tests/Files/retraction.json";
        var lines = ExplorerRun.Of("diff", File).AssertOk().Lines;

        Assert.Contains(lines, l => l.StartsWith("removed", StringComparison.Ordinal) && l.Contains("education-for-all-goals-count", StringComparison.Ordinal)
            && l.EndsWith("retracted: The erratum withdraws the count.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("retracted", StringComparison.Ordinal) && l.Contains("summit-4", StringComparison.Ordinal)
            && l.Contains("description retracted: The erratum withdraws the summit's description.", StringComparison.Ordinal));

        var items = JsonOf.Parse(ExplorerRun.Of("diff", File, "--json")).EnumerateArray().ToList();
        var removed = Assert.Single(items, i => i.GetProperty("change").GetString() == "removed");
        Assert.Equal(("education-for-all-goals-count", "figure", "example-erratum"),
            (removed.GetProperty("id").GetString(), removed.GetProperty("type").GetString(), removed.GetProperty("evidence")[0].GetProperty("document").GetString()));
        var value = Assert.Single(items, i => i.GetProperty("change").GetString() == "retracted");
        Assert.Equal(("summit-4", "description"), (value.GetProperty("id").GetString(), value.GetProperty("property").GetString()));
    }

    [Fact]
    public void Diff_lists_the_records_only_the_earlier_stack_holds_as_removed()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("diff", "--with-layers", "--to-layer", "tests/AseanUn.Explorer.Tests/Files/status-step.json", "--json")).EnumerateArray().ToList();

        var removed = items.Where(i => i.GetProperty("change").GetString() == "removed").Select(i => i.GetProperty("id").GetString()).ToList();
        var onlyShipped = Partnership.WithLayers.Records.Where(r => !Dataset.TryGetRecord(r.Id, out _)).Select(r => r.Id).ToList();
        Assert.Contains("summit-9", removed);
        Assert.Equal(onlyShipped.Order(), removed.Order());
        Assert.All(items.Where(i => i.GetProperty("change").GetString() == "removed"), i => Assert.Equal(0, i.GetProperty("evidence").GetArrayLength()));
    }
}
