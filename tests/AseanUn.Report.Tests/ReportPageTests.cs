using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AseanUn.Explorer.Report;
using AseanUn.Model;
using PuppeteerSharp;

namespace AseanUn.Report.Tests;

/// <summary>The report page of the built-in dataset, driven in headless Chromium as a reader would use it.</summary>
public sealed partial class ReportPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public async Task The_timeline_has_one_mark_per_dated_record()
    {
        await using var session = await browser.OpenAsync();
        var marks = await session.MarkIdsAsync();
        Assert.Equal(Dataset.Timeline.Select(e => e.Record.Id).Order(StringComparer.Ordinal), marks.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PS")]
    [InlineData("SC")]
    public async Task Filtering_by_a_pillar_keeps_the_records_pillars_counts_under_it(string pillar)
    {
        await using var session = await browser.OpenAsync();
        await session.Page.SelectAsync("#f-pillar", pillar);
        var under = Dataset.RecordsUnderPillar(pillar);
        Assert.Equal(under.Count, await session.ResultCountAsync());
        var dated = under.Where(r => Queries.TimelineEntry.DateOf(r) is not null).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(dated, (await session.MarkIdsAsync()).Order(StringComparer.Ordinal));
        Assert.Contains($"pillar={pillar}", await session.EvalAsync<string>("location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_and_opens_a_record_with_its_source_paragraph()
    {
        await using var session = await browser.OpenAsync();
        var record = Dataset.GetRecord("joint-communique-2005");
        await session.Page.TypeAsync("#f-q", "COMMUNIQUE second");
        var listed = await session.EvalAsync<string[]>("[...document.querySelectorAll('#result-list button')].map(b => b.dataset.id)");
        Assert.Contains(record.Id, listed);
        await session.Page.ClickAsync($"#result-list button[data-id='{record.Id}']");

        Assert.Equal(record.Label, await session.EvalAsync<string>("document.getElementById('panel-heading').textContent"));
        var citation = record.Sources[0];
        var number = Assert.NotNull(citation.Paragraph);
        var quoted = await session.EvalAsync<string>($"document.querySelector('#panel blockquote.source[data-paragraph=\"{number}\"] p').textContent");
        var paragraph = SourceParagraphs.Parse(SourceParagraphs.Read(citation.DocumentId)!)[number];
        Assert.Equal($"{number}. {paragraph}", quoted);
        Assert.Contains($"record={record.Id}", await session.EvalAsync<string>("location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_panel_links_the_records_a_record_names_and_those_that_name_it()
    {
        await using var session = await browser.OpenAsync("record=summit-4");
        var names = await session.EvalAsync<string[]>("[...document.querySelectorAll('#panel ul.relations')[0].querySelectorAll('a')].map(b => b.dataset.id)");
        var namedBy = await session.EvalAsync<string[]>("[...document.querySelectorAll('#panel ul.relations')[1].querySelectorAll('a')].map(b => b.dataset.id)");
        var summit = Dataset.GetRecord("summit-4");
        Assert.Equal(Dataset.ReferencesOf(summit).Select(r => r.TargetId), names);
        Assert.Equal(Dataset.ReferencesTo("summit-4").Select(r => r.Source.Id), namedBy);

        var outcome = Dataset.ReferencesOf(summit).First(r => r.Property == "outcomeIds").TargetId;
        await session.Page.ClickAsync($"#panel ul.relations a[data-id='{outcome}']");
        Assert.Equal(Dataset.GetRecord(outcome).Label, await session.EvalAsync<string>("document.getElementById('panel-heading').textContent"));
    }

    [Theory]
    [InlineData("un-secretary-general", "Organisation (Post)")]
    [InlineData("summit-4", "Event (Summit) · 2011-11-19")]
    [InlineData("viet-nam", "MemberState")]
    public async Task The_panel_names_a_records_type_and_kind_as_the_library_labels_them(string id, string expected)
    {
        await using var session = await browser.OpenAsync($"record={id}");
        Assert.Equal(expected, await session.EvalAsync<string>("document.querySelector('#panel > p.hint').textContent"));
    }

    [Fact]
    public async Task The_panel_renders_fields_it_does_not_know_such_as_status_histories_and_inferences()
    {
        const string added = """
            "id": "summit-4",
                    "statusHistory": [ { "status": "held", "date": "2011-11-19", "sources": [ { "documentId": "overview-2017", "paragraph": 6 } ] } ],
                    "inferences": [ { "property": "hostStateId", "reason": "The place is in this member state." } ],
            """;
        await using var session = await browser.OpenEditedAsync(page => page.Replace("\"id\": \"summit-4\",", added, StringComparison.Ordinal), "record=summit-4");
        var terms = await session.EvalAsync<string[]>("[...document.querySelectorAll('#panel > dl > dt')].map(d => d.textContent)");
        Assert.Contains("Status history", terms);
        Assert.Contains("Inferences inferred", terms);
        var history = await session.EvalAsync<string>("[...document.querySelectorAll('#panel > dl > dt')].find(d => d.textContent === 'Status history').nextElementSibling.textContent");
        Assert.Contains("Held", history, StringComparison.Ordinal);
        Assert.Contains("2011-11-19", history, StringComparison.Ordinal);
        var paragraph = SourceParagraphs.Parse(SourceParagraphs.Read("overview-2017")!)[6];
        Assert.Contains($"6. {paragraph}", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zooming_narrows_the_visible_range_and_panning_moves_it()
    {
        await using var session = await browser.OpenAsync();
        var before = await session.VisibleRangeAsync();
        await session.Page.ClickAsync("#zoom-in");
        var zoomed = await session.VisibleRangeAsync();
        Assert.True(zoomed.To.DayNumber - zoomed.From.DayNumber < before.To.DayNumber - before.From.DayNumber, $"{before} → {zoomed}");
        Assert.InRange(zoomed.From, before.From, before.To);

        await session.Page.FocusAsync("#timeline");
        await session.Page.Keyboard.PressAsync("ArrowLeft");
        var panned = await session.VisibleRangeAsync();
        Assert.True(panned.From < zoomed.From, $"{zoomed} → {panned}");
        Assert.Contains("from=", await session.EvalAsync<string>("location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fragment_restores_filters_so_a_view_can_be_shared()
    {
        await using var session = await browser.OpenAsync("pillar=EC&q=transport");
        Assert.Equal("EC", await session.EvalAsync<string>("document.getElementById('f-pillar').value"));
        Assert.Equal("transport", await session.EvalAsync<string>("document.getElementById('f-q').value"));
        var listed = await session.EvalAsync<string[]>("[...document.querySelectorAll('#result-list button')].map(b => b.dataset.id)");
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.Contains(id, Dataset.RecordsUnderPillar("EC").Select(r => r.Id)));
    }

    [Fact]
    public async Task The_code_tree_counts_what_pillars_counts()
    {
        await using var session = await browser.OpenAsync();
        foreach (var line in Dataset.ActionLines)
        {
            var count = await session.EvalAsync<string>($"document.querySelector('#tree-list button[data-code=\"{line.Code}\"] .count').dataset.count");
            Assert.Equal(Dataset.RecordsUnderActionLine(line.Code).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        await session.Page.ClickAsync("#tree-list button[data-code='SS']");
        Assert.Equal(Dataset.RecordsUnderPillar("SS").Count, await session.ResultCountAsync());
    }

    [Fact]
    public async Task Without_javascript_the_page_lists_every_dated_record()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var rows = await session.EvalAsync<int>("document.querySelectorAll('table.static tbody tr').length");
        Assert.Equal(Dataset.Timeline.Count, rows);
        Assert.True(await session.EvalAsync<bool>("document.getElementById('app').hidden"));
    }

    [Fact]
    public async Task Every_control_has_a_name_for_screen_readers_and_the_keyboard_works_the_tree_and_the_marks()
    {
        await using var session = await browser.OpenAsync();
        var unnamed = await session.EvalAsync<string[]>(
            "[...document.querySelectorAll('input, select, button, [role=button]')].filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim()).map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(unnamed);

        await session.Page.FocusAsync("#tree-list button[data-code='SS']");
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(Dataset.RecordsUnderPillar("SS").Count, await session.ResultCountAsync());
        Assert.Equal("SS", await session.EvalAsync<string>("document.activeElement.dataset.code"));
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("", await session.EvalAsync<string>("document.getElementById('f-pillar').value"));

        await session.Page.FocusAsync($"#timeline .mark[data-id='summit-1']");
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(Dataset.GetRecord("summit-1").Label, await session.EvalAsync<string>("document.getElementById('panel-heading').textContent"));
    }

    [Fact]
    public async Task The_page_asks_for_nothing_but_itself()
    {
        await using var session = await browser.OpenAsync("record=unicef");
        await session.Page.ClickAsync("#zoom-all");
        await session.Page.SelectAsync("#f-org", "unicef");
        await session.Page.TypeAsync("#f-q", "children");
        Assert.Equal([browser.PageUrl], session.Requests.Distinct());
        Assert.DoesNotMatch(ExternalReference(), System.Text.Encoding.UTF8.GetString(browser.PageBytes));
    }

    /// <summary>
    /// Takes the README's screenshots of the page: the busy years with an open record on a wide screen, and the top of
    /// the page on a phone (390 px wide). They go to the temporary folder unless <c>ASEANUN_REPORT_SCREENSHOT</c> names
    /// the wide one's file (relative paths from the repository root; the phone's gets <c>-phone</c> before its
    /// extension), as in <c>ASEANUN_REPORT_SCREENSHOT=docs/report.png dotnet test tests/AseanUn.Report.Tests</c>.
    /// </summary>
    [Fact]
    public async Task Takes_the_screenshots_of_the_busy_years_with_an_open_record_and_of_the_page_on_a_phone()
    {
        var wide = Environment.GetEnvironmentVariable("ASEANUN_REPORT_SCREENSHOT") is { Length: > 0 } named
            ? Path.GetFullPath(named, RepositoryRoot.Path)
            : Path.Combine(Path.GetTempPath(), "aseanun-report.png");
        var phone = Path.Combine(Path.GetDirectoryName(wide)!, Path.GetFileNameWithoutExtension(wide) + "-phone" + Path.GetExtension(wide));
        await using (var session = await browser.OpenAsync("record=summit-4&from=2009-01-01&to=2017-06-30", width: 1280, height: 1180))
        {
            await session.Page.ScreenshotAsync(wide, new ScreenshotOptions { Type = ScreenshotType.Png });
        }

        await using (var session = await browser.OpenAsync(width: 390, height: 844))
        {
            // From the heading to the end of the timeline and its legend, as a phone scrolls through it.
            var bottom = await session.EvalAsync<double>("document.getElementById('legend').getBoundingClientRect().bottom + scrollY + 8");
            await session.Page.ScreenshotAsync(phone, new ScreenshotOptions { Type = ScreenshotType.Png, CaptureBeyondViewport = true, Clip = new PuppeteerSharp.Media.Clip { X = 0, Y = 0, Width = 390, Height = (decimal)bottom } });
        }

        Assert.All([wide, phone], file => Assert.True(new FileInfo(file).Length > 10_000, $"{file} is too small to show the page."));
    }

    // Anything that would make a browser fetch: a src or href attribute with an address, a CSS url() or @import.
    [GeneratedRegex(@"(?:src|href)\s*=\s*[""']?(?:https?:|//)|url\(\s*[""']?(?:https?:|//)|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
