using System;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;
using AseanUn.Queries;
using NodaTime;

namespace AseanUn.Explorer.Tests;

public sealed class TimelineCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Lists_every_dated_record_in_timeline_order_with_date_kind_place_and_title()
    {
        var run = ExplorerRun.Of("timeline").AssertOk();
        var lines = run.Lines;
        Assert.Equal(["Date", "Kind", "Place", "Title"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^-+  -+  -+  -+$", lines[1]);
        var rows = lines[2..^1];
        Assert.Equal(Dataset.Timeline.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var entry = Dataset.Timeline[i];
            Assert.StartsWith(entry.Date + " ", rows[i], StringComparison.Ordinal);
            Assert.Contains($"  {entry.Kind}  ", rows[i], StringComparison.Ordinal);
            Assert.EndsWith("  " + entry.Title, rows[i], StringComparison.Ordinal);
        }

        Assert.Equal($"{Dataset.Timeline.Count} dated records, edition {Dataset.Edition}.", lines[^1]);
    }

    [Fact]
    public void Plain_output_never_wraps_or_pads_a_line()
    {
        var run = ExplorerRun.Of("timeline").AssertOk();
        var summit = Dataset.Get<Event>("summit-4");
        Assert.Contains(run.Lines, line => line.StartsWith("2011-11-19", StringComparison.Ordinal) && line.EndsWith(summit.Title, StringComparison.Ordinal)
            && line.Contains(Dataset.GetRecord(summit.PlaceId!).Label, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, line => line.EndsWith(' '));
        var longest = Dataset.Timeline.Max(e => e.Title.Length);
        Assert.Contains(run.Lines, line => line.Length > longest);
    }

    [Fact]
    public void A_stack_is_named_by_its_base_its_number_of_layers_and_the_last_one()
    {
        var stack = Partnership.WithLayers;

        var run = ExplorerRun.Of("timeline", "--with-layers").AssertOk();

        Assert.Equal($"{stack.Timeline.Count} dated records, edition {stack.BaseEdition} + {stack.Layers.Count} layers to {stack.Layers[^1].Edition}.", run.Lines[^1]);
        Assert.True(stack.Layers.Count > 1 && run.Lines[^1].Length < 120, run.Lines[^1]);
    }

    [Fact]
    public void On_a_terminal_draws_a_bordered_table()
    {
        var run = ExplorerRun.In(OutputLayout.Rich, 240, "timeline").AssertOk();
        Assert.StartsWith("╭", run.Lines[0], StringComparison.Ordinal);
        Assert.Contains(run.Lines, line => line.StartsWith("│ 2011-11-19", StringComparison.Ordinal) && line.Contains("4th ASEAN-UN Summit", StringComparison.Ordinal));
        Assert.Equal($"{Dataset.Timeline.Count} dated records, edition {Dataset.Edition}.", run.Lines[^1]);
    }

    [Fact]
    public void Json_lists_the_same_records_in_the_same_order_with_their_spans()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("timeline", "--json"));
        Assert.Equal(Dataset.Timeline.Select(e => e.Record.Id), JsonOf.Strings(items, "id"));
        var byId = items.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        var workshop = byId["asean-un-workshop-conflict-prevention-2014"];
        Assert.Equal("2014-06-19/2014-06-21", workshop.GetProperty("date").GetString());
        Assert.Equal("2014-06-19", workshop.GetProperty("start").GetString());
        Assert.Equal("2014-06-21", workshop.GetProperty("end").GetString());
        Assert.Equal("workshop", workshop.GetProperty("kind").GetString());
        var ongoing = items.EnumerateArray().First(i => i.GetProperty("date").GetString()!.EndsWith("/..", StringComparison.Ordinal));
        Assert.False(ongoing.TryGetProperty("end", out _));
    }

    [Fact]
    public void From_and_to_keep_the_records_whose_dates_overlap_the_span()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("timeline", "--from", "2015-06", "--to", "2015", "--json"));
        var span = new DateInterval(new LocalDate(2015, 6, 1), new LocalDate(2015, 12, 31));
        var expected = Dataset.Timeline.Where(e => e.Date.Overlaps(span)).Select(e => e.Record.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, JsonOf.Strings(items, "id"));
        Assert.Contains(expected, id => Dataset.Timeline.First(e => e.Record.Id == id).Date.HasOpenEnd);
    }

    [Fact]
    public void Kind_keeps_the_summits_in_date_order()
    {
        var run = ExplorerRun.Of("timeline", "--kind", "summit").AssertOk();
        var summits = Dataset.EventsOfKind(EventKind.Summit).OrderBy(e => e.Date).ToList();
        Assert.Equal(summits.Count + 3, run.Lines.Length);
        Assert.Equal(summits.Select(s => s.Title), run.Lines[2..^1].Select(line => line[(line.LastIndexOf("  ", StringComparison.Ordinal) + 2)..]));
        Assert.Equal($"{summits.Count} of {Dataset.Timeline.Count} dated records, edition {Dataset.Edition}.", run.Lines[^1]);
    }

    [Theory]
    [InlineData("generalAssemblyResolution")]
    [InlineData("general-assembly-resolution")]
    [InlineData("General Assembly Resolution")]
    [InlineData("GENERALASSEMBLYRESOLUTION")]
    public void Kind_is_read_in_any_case_with_or_without_separators(string kind)
    {
        var items = JsonOf.Parse(ExplorerRun.Of("timeline", "--kind", kind, "--json"));
        var expected = Dataset.InstrumentsOfKind(InstrumentKind.GeneralAssemblyResolution);
        Assert.Equal(expected.Select(r => r.Id).Order(), JsonOf.Strings(items, "id").Order());
    }

    [Fact]
    public void Pillar_line_and_area_filters_match_the_library_queries()
    {
        AssertSameAs(Dataset.Query().UnderPillar(PillarCodes.SocioCultural), "--pillar", "sc");
        AssertSameAs(Dataset.Query().UnderActionLine(ActionLineCodes.Children), "--line", "SC.1.2");
        AssertSameAs(Dataset.Query().UnderArea(AreaCodes.CultureAndEducation), "--line", "SC.3");
    }

    [Fact]
    public void Organisation_and_state_filters_find_names_acronyms_and_iso_codes()
    {
        AssertSameAs(Dataset.Query().InvolvingOrganisation("unescap"), "--org", "ESCAP");
        AssertSameAs(Dataset.Query().InvolvingMemberState("lao-pdr"), "--state", "LA");
    }

    [Fact]
    public void Filters_combine_so_that_every_one_must_hold()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("timeline", "--kind", "Summit", "--from", "2014", "--json"));
        var expected = Dataset.Query().OfKind(EventKind.Summit).ToTimeline().Where(e => e.Date.End.Year >= 2014).Select(e => e.Record.Id);
        Assert.Equal(expected, JsonOf.Strings(items, "id"));
        Assert.Equal(3, items.GetArrayLength());
    }

    [Theory]
    [InlineData("--from", "20x6")]
    [InlineData("--to", "2016-13")]
    [InlineData("--from", "2016/2015")]
    public void A_malformed_date_is_a_usage_error(string option, string value)
    {
        var message = ExplorerRun.Of("timeline", option, value).AssertFailed(ExitCodes.Usage);
        Assert.Contains(option + ":", message, StringComparison.Ordinal);
        Assert.Contains(value, message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        var message = ExplorerRun.Of("timeline", "--from", "2016", "--to", "2015-06").AssertFailed(ExitCodes.Usage);
        Assert.Contains("--from 2016 comes after --to 2015-06", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_that_lists_the_kinds()
    {
        var message = ExplorerRun.Of("timeline", "--kind", "picnic").AssertFailed(ExitCodes.Usage);
        Assert.Contains("'picnic'", message, StringComparison.Ordinal);
        Assert.Contains("summit, ministerialMeeting", message, StringComparison.Ordinal);
        Assert.Contains("memorandumOfUnderstanding", message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sumit", "summit")]
    [InlineData("plan-of-acton", "planOfAction")]
    public void A_mistyped_kind_suggests_the_nearest(string kind, string nearest)
    {
        var message = ExplorerRun.Of("timeline", "--kind", kind).AssertFailed(ExitCodes.Usage);
        Assert.Contains($"--kind '{kind}' is not a kind; did you mean '{nearest}'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_kinds_in_camel_case_as_json_does()
    {
        var help = ExplorerRun.Of("timeline", "--help").AssertOk().Output;
        Assert.Contains("(summit, workshop…)", help, StringComparison.Ordinal);
        Assert.Contains("(planOfAction…)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("PlanOfAction", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--pillar", "ZZ", "No pillar has the code 'ZZ'")]
    [InlineData("--line", "SC.9.9", "No action line or area has the code 'SC.9.9'")]
    [InlineData("--org", "Nowhere Agency", "No organisation is called 'Nowhere Agency'")]
    [InlineData("--state", "Atlantis", "No member state is called 'Atlantis'")]
    public void A_name_the_dataset_lacks_is_not_found(string option, string value, string expected)
    {
        var message = ExplorerRun.Of("timeline", option, value).AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    private static void AssertSameAs(RecordQuery query, params string[] filter)
    {
        var items = JsonOf.Parse(ExplorerRun.Of(["timeline", .. filter, "--json"]));
        var expected = query.ToTimeline().Select(e => e.Record.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, JsonOf.Strings(items, "id"));
    }
}
