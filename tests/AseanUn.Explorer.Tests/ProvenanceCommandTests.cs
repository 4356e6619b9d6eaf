using System;
using System.Linq;
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

        Assert.Contains(lines, l => l == $"Inferred, not stated by the sources ({session.Inferences.Count})");
        Assert.All(session.Inferences, i => Assert.Contains(lines, l => l.StartsWith(i.Property, StringComparison.Ordinal) && l.Contains(i.Reason[..40], StringComparison.Ordinal)));
        Assert.StartsWith("Sources: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_an_instrument_s_status_history_with_sources()
    {
        var lines = ExplorerRun.Of("show", "asean-un-plan-of-action-2016-2020").AssertOk().Lines;

        var start = Array.IndexOf(lines, "Status history (3)");
        Assert.True(start > 0);
        Assert.Equal(["2015-09-29", "2015-11-22", "2016-09~"], lines[(start + 3)..(start + 6)].Select(l => l.Split(' ')[0]));
        Assert.EndsWith("Overview of ASEAN-UN Cooperation ¶10, ¶38", lines[start + 5], StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_as_of_a_date_lists_only_what_had_begun()
    {
        var asOf = new NodaTime.LocalDate(2015, 12, 31);
        var expected = Dataset.TimelineAsOf(asOf).Count;

        var lines = ExplorerRun.Of("timeline", "--as-of", "2015").AssertOk().Lines;

        Assert.Equal($"{expected} of {Dataset.Timeline.Count} dated records, edition {Dataset.Edition}.", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains("8th ASEAN-UN Summit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("7th ASEAN-UN Summit", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_lists_what_the_shipped_layer_adds_and_changes()
    {
        var lines = ExplorerRun.Of("diff").AssertOk().Lines;

        Assert.Contains(lines, l => l.StartsWith("changed", StringComparison.Ordinal) && l.Contains("asean-un-plan-of-action-2016-2020", StringComparison.Ordinal) && l.Contains("Adopted → InForce", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("added", StringComparison.Ordinal) && l.Contains("summit-9", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sources", StringComparison.Ordinal) && l.Contains("joint-declaration-comprehensive-partnership", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_of_a_merge_file_as_json_lists_the_same_changes()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("diff", Layer, "--json")).EnumerateArray().ToList();
        var layered = Partnership.WithLayers;

        Assert.Equal(layered.Records.Count(r => !Dataset.TryGetRecord(r.Id, out _)), items.Count(i => i.GetProperty("change").GetString() == "added"));
        Assert.Contains(items, i => i.GetProperty("change").GetString() == "changed" && i.GetProperty("id").GetString() == "asean-un-plan-of-action-2016-2020");
    }
}
