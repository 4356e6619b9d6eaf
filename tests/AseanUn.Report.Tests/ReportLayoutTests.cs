using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AseanUn.Explorer.Chart;
using AseanUn.Model;

namespace AseanUn.Report.Tests;

/// <summary>The report page laid out at a phone's width and at a wide screen's, measured in Chromium.</summary>
public sealed class ReportLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    /// <summary>Gets the screens the page is laid out on: the narrowest phone it supports, a common phone, a wide screen.</summary>
    public static TheoryData<int, int> Screens => new() { { 360, 740 }, { 390, 844 }, { 1400, 900 } };

    // The boxes of the timeline's texts as the browser draws them: [left, top, right, bottom, ...] per element.
    private const string Boxes = "(sel => [...document.querySelectorAll(sel)].map(e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; }))";

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_page_fits_the_screen_and_its_year_labels_neither_overlap_nor_float_away_from_the_lanes(int width, int height)
    {
        // The record with the most nested fields (a status history with its own sources) open beside the timeline.
        await using var session = await browser.OpenAsync("record=asean-un-plan-of-action-2016-2020", width: width, height: height);
        foreach (var view in new[] { "#zoom-reset", "#zoom-all", "#zoom-in" })
        {
            await session.Page.ClickAsync(view);
            var (scroll, client) = await Widths(session);
            Assert.True(scroll <= client, $"{view}: the page is {scroll} px wide in a {client} px window.");
            var drawnAndShown = await session.EvalAsync<int[]>("(t => [Number(t.querySelector('svg').getAttribute('width')), t.clientWidth])(document.getElementById('timeline'))");
            Assert.True(drawnAndShown[0] == drawnAndShown[1], $"{view}: the timeline is drawn {drawnAndShown[0]} px wide and shown {drawnAndShown[1]} px wide.");

            var years = await session.EvalAsync<double[][]>($"{Boxes}('#timeline .year')");
            Assert.True(years.Length >= 3, $"{view}: only {years.Length} year labels.");
            var ordered = years.OrderBy(b => b[0]).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                Assert.True(ordered[i - 1][2] + 4 <= ordered[i][0], $"{view}: year labels at {ordered[i - 1][0]:0}–{ordered[i - 1][2]:0} and {ordered[i][0]:0}–{ordered[i][2]:0} overlap.");
            }

            // Drawn at the size it is shown (no letterboxing, no shrunken text): the axis is the first thing in the timeline.
            var timeline = await session.EvalAsync<double[]>("(b => [b.left, b.top, b.right, b.bottom])(document.getElementById('timeline').getBoundingClientRect())");
            Assert.All(years, b => Assert.InRange(b[1] - timeline[1], 0, 12));
            Assert.All(years, b => Assert.InRange(b[3] - b[1], 11, 20));
            Assert.All(years, b => Assert.True(b[0] >= timeline[0] && b[2] <= timeline[2], $"{view}: a year label at {b[0]:0}–{b[2]:0} leaves the timeline ({timeline[0]:0}–{timeline[2]:0})."));
        }
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Summits_and_the_partnerships_instruments_are_labelled_as_on_the_chart(int width, int height)
    {
        await using var session = await browser.OpenAsync("from=2000-01-01&to=2017-12-31", width: width, height: height);
        var expected = ChartLayout.LabelsOf(Dataset);
        var labels = (await session.EvalAsync<JsonElement>("[...document.querySelectorAll('#timeline .label')].map(t => [t.dataset.id, t.textContent])"))
            .EnumerateArray().ToDictionary(l => l[0].GetString()!, l => l[1].GetString()!);

        // Every summit at any width; the instruments too where there is room (a narrow screen keeps a few tiers).
        var summits = expected.Keys.Where(id => Dataset.GetRecord(id) is Event).ToList();
        Assert.True(summits.Count >= 5, $"{summits.Count} summits");
        Assert.All(summits, id => Assert.True(labels.ContainsKey(id), $"{id} is not labelled."));
        Assert.All(labels, l => Assert.Equal(expected[l.Key], l.Value));
        Assert.True(width < 600 || labels.Count == expected.Count, $"{labels.Count} of {expected.Count} labelled at {width} px.");
        Assert.True(labels.Count > summits.Count, "No instrument is labelled.");

        var boxes = await session.EvalAsync<double[][]>($"{Boxes}('#timeline .label, #timeline .year')");
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"Texts at ({a[0]:0}, {a[1]:0}) and ({b[0]:0}, {b[1]:0}) overlap.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Quoted_paragraphs_wrap_between_words_at_a_readable_width(int width, int height)
    {
        await using var session = await browser.OpenAsync("record=asean-un-plan-of-action-2016-2020", width: width, height: height);
        var quotes = await session.EvalAsync<JsonElement>("""
            [...document.querySelectorAll('#panel blockquote p')].map(p => {
              const text = p.firstChild, split = [];
              // A word, or a part of one that ends at a hyphen, dash or slash (where a line may break).
              for (const m of text.data.matchAll(/[^\s\-\u2010-\u2014/]+[\-\u2010-\u2014/]?/g)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + m[0].length);
                if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) { split.push(m[0]); }
              }
              return { width: p.getBoundingClientRect().width, split };
            })
            """);
        Assert.True(quotes.GetArrayLength() >= 2, "The record quotes fewer than two paragraphs.");
        foreach (var quote in quotes.EnumerateArray())
        {
            Assert.True(quote.GetProperty("split").GetArrayLength() == 0, $"Words split across lines: {quote.GetProperty("split")}");
            Assert.True(quote.GetProperty("width").GetDouble() >= Math.Min(width, 700) * 0.5, $"A quoted paragraph is {quote.GetProperty("width").GetDouble():0} px wide in a {width} px window.");
        }
    }

    [Fact]
    public async Task The_record_panel_names_fields_and_values_in_words()
    {
        await using var session = await browser.OpenAsync("record=summit-4", width: 390, height: 844);
        var fields = (await session.EvalAsync<JsonElement>("[...document.querySelectorAll('#panel > dl > dt')].map(d => [d.textContent, d.nextElementSibling.textContent])"))
            .EnumerateArray().ToDictionary(f => f[0].GetString()!, f => f[1].GetString()!);
        Assert.Equal("Summit", fields["Kind"]);
        Assert.Equal(((Event)Dataset.GetRecord("summit-4")).PlaceId, await session.EvalAsync<string>("[...document.querySelectorAll('#panel > dl > dt')].find(d => d.textContent === 'Place').nextElementSibling.querySelector('a').dataset.id"));
        Assert.All(fields.Keys, name => Assert.Matches("^[A-Z][A-Za-z]*( [a-z0-9-]+)*$", name));
        Assert.All(fields.Keys, name => Assert.DoesNotMatch(" (id|ids|code|codes)$", name));
        var relations = await session.EvalAsync<string[]>("[...document.querySelectorAll('#panel ul.relations li')].map(li => li.firstChild.textContent)");
        Assert.Contains("Place: ", relations);
        Assert.All(relations, r => Assert.Matches("^([A-Z][a-z]*( [a-z]+)*: |none$)", r));
    }

    private static async Task<(int Scroll, int Client)> Widths(PageSession session)
    {
        var widths = await session.EvalAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
