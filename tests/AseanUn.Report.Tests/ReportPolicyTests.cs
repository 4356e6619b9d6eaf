using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AseanUn.Explorer.Report;

namespace AseanUn.Report.Tests;

/// <summary>
/// The page's Content-Security-Policy, as Chromium enforces it: the page's own style sheet and script work, and code
/// put into the page past its escaping — an inline script, an event-handler attribute — does not run.
/// </summary>
public sealed partial class ReportPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_policy_admits_the_pages_own_style_and_script_by_hash_and_nothing_inline()
    {
        var page = System.Text.Encoding.UTF8.GetString(browser.PageBytes);
        var policy = System.Net.WebUtility.HtmlDecode(Policy().Match(page).Groups[1].Value);
        var style = Element().Matches(page).Single(m => m.Groups[1].Value == "style").Groups[3].Value;
        var script = Element().Matches(page).Single(m => m.Groups[1].Value == "script" && m.Groups[2].Value.Length == 0).Groups[3].Value;
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal([PagePolicy.Hash(style)], directives["style-src"]);
        Assert.Equal([PagePolicy.Hash(script)], directives["script-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.Equal(["'none'"], directives["form-action"]);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineHandler(), page);

        // Under that policy the page's own style and script work, and nothing the page does itself is refused.
        await using var session = await browser.OpenAsync("record=asean-un-plan-of-action-2016-2020");
        await session.Page.TypeAsync("#f-q", "summit");
        // Enter in the search field submits the form: the page keeps it from going anywhere ('form-action' would refuse it).
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.ClickAsync("#zoom-in");
        Assert.Empty(await session.ViolationsAsync());
        Assert.False(await session.EvalAsync<bool>("document.getElementById('app').hidden"));
        Assert.NotEmpty(await session.MarkIdsAsync());
        Assert.Equal("flex", await session.EvalAsync<string>("getComputedStyle(document.getElementById('filters')).display"));
        Assert.Contains("q=summit", await session.EvalAsync<string>("location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injected_script_and_an_injected_event_handler_are_refused_by_the_policy_alone()
    {
        // Put straight into the file, as data that escaped its escaping would be: nothing in the page stands in the way
        // but the policy.
        const string injected = """
            <script>window.injectedScript = 'ran';</script>
            <img src="x" onerror="window.injectedHandler = 'ran'">
            <div id="injected-style" style="display: none">styled</div>
            """;
        await using var session = await browser.OpenEditedAsync(page => page.Replace("<div id=\"app\" hidden>", injected + "<div id=\"app\" hidden>", StringComparison.Ordinal));

        Assert.Equal("undefined", await session.EvalAsync<string>("typeof window.injectedScript"));
        Assert.Equal("undefined", await session.EvalAsync<string>("typeof window.injectedHandler"));
        Assert.Equal("block", await session.EvalAsync<string>("getComputedStyle(document.getElementById('injected-style')).display"));
        var violations = await session.ViolationsAsync();
        Assert.Contains(violations, v => v.StartsWith("script-src-elem inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("script-src-attr inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src-attr inline", StringComparison.Ordinal));

        // The page's own script still ran.
        Assert.False(await session.EvalAsync<bool>("document.getElementById('app').hidden"));
    }

    [GeneratedRegex("""<meta http-equiv="Content-Security-Policy" content="([^"]*)">""")]
    private static partial Regex Policy();

    // The page's own elements: <style>…</style> and <script …>…</script> (group 2 holds the script's attributes).
    [GeneratedRegex("""<(style|script)((?: [^>]*)?)>(.*?)</\1>""", RegexOptions.Singleline)]
    private static partial Regex Element();

    // An event-handler attribute (onclick=, onsubmit=…) anywhere in the page.
    [GeneratedRegex("""<[^>]*\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
