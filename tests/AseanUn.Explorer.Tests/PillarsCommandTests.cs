using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

public sealed class PillarsCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Lists_pillars_areas_and_action_lines_in_tree_order_indented_with_their_counts()
    {
        var rows = ExplorerRun.Of("pillars").AssertOk().Lines[2..];
        var expected = new List<(string Code, string Name, int Records)>();
        foreach (var pillar in Dataset.Pillars)
        {
            expected.Add((pillar.Code, pillar.Name, Dataset.RecordsUnderPillar(pillar.Code).Count));
            foreach (var area in Dataset.AreasOf(pillar.Code))
            {
                expected.Add(("  " + area.Code, area.Name, Dataset.RecordsUnderArea(area.Code).Count));
                foreach (var line in Dataset.ActionLinesOf(area.Code))
                {
                    var name = line.SupersededBy is null ? line.Name : $"{line.Name} (superseded by {line.SupersededBy})";
                    expected.Add(("    " + line.Code, name, Dataset.RecordsUnderActionLine(line.Code).Count));
                }
            }
        }

        Assert.Equal(expected.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.StartsWith(expected[i].Code + " ", rows[i], StringComparison.Ordinal);
            Assert.Contains("  " + expected[i].Name + " ", rows[i], StringComparison.Ordinal);
            Assert.EndsWith("  " + expected[i].Records.ToString(CultureInfo.InvariantCulture), rows[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Marks_a_line_superseded_only_where_the_classification_says_so()
    {
        // The report never says one line of work gave way to another, so the built-in classification supersedes none.
        var rows = ExplorerRun.Of("pillars").AssertOk().Lines;
        Assert.Contains(rows, row => row.StartsWith("    EC.4.2", StringComparison.Ordinal));
        Assert.Equal(Dataset.ActionLines.Count(l => l.SupersededBy is not null), rows.Count(row => row.Contains("(superseded by", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_is_the_same_tree_with_counts_and_successors()
    {
        var pillars = JsonOf.Parse(ExplorerRun.Of("pillars", "--json"));
        Assert.Equal(Dataset.Pillars.Select(p => p.Code), JsonOf.Strings(pillars, "code"));
        var socioCultural = pillars.EnumerateArray().Single(p => p.GetProperty("code").GetString() == PillarCodes.SocioCultural);
        Assert.Equal(Dataset.RecordsUnderPillar(PillarCodes.SocioCultural).Count, socioCultural.GetProperty("records").GetInt32());
        Assert.Equal(Dataset.AreasOf(PillarCodes.SocioCultural).Select(a => a.Code), JsonOf.Strings(socioCultural.GetProperty("children"), "code"));
        var lines = pillars.EnumerateArray().SelectMany(p => p.GetProperty("children").EnumerateArray()).SelectMany(a => a.GetProperty("children").EnumerateArray()).ToList();
        Assert.Equal(Dataset.ActionLines.Select(l => l.Code), lines.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal(
            Dataset.ActionLines.Select(l => l.SupersededBy),
            lines.Select(l => l.TryGetProperty("supersededBy", out var successor) && successor.ValueKind == JsonValueKind.String ? successor.GetString() : null));
        Assert.All(lines, l => Assert.False(l.TryGetProperty("children", out _)));
        Assert.Equal(JsonValueKind.Number, lines[0].GetProperty("records").ValueKind);
    }

    [Fact]
    public void On_a_terminal_draws_a_tree()
    {
        var run = ExplorerRun.In(OutputLayout.Rich, 120, "pillars").AssertOk();
        Assert.Contains(run.Lines, line => line.Contains("SC.1.2", StringComparison.Ordinal) && line.Contains("└──", StringComparison.Ordinal) || line.Contains("├──", StringComparison.Ordinal));
        Assert.Contains(run.Lines, line => line.Contains("SS.1.3  Administrative and institutional support", StringComparison.Ordinal));
    }
}
