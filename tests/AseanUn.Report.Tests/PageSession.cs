using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace AseanUn.Report.Tests;

/// <summary>
/// One tab on the report page. Every request the tab makes is recorded, and any request other than the page itself is
/// blocked; disposing the session fails the test if there was one.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly string _pageUrl;

    private PageSession(IPage page, string pageUrl)
    {
        Page = page;
        _pageUrl = pageUrl;
    }

    /// <summary>Gets the tab.</summary>
    public IPage Page { get; }

    /// <summary>Gets every request the tab made, in order (addresses without their fragment).</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    internal static async Task<PageSession> OpenAsync(IBrowser browser, string pageUrl, string fragment, bool javaScript, ViewPortOptions? viewport)
    {
        var page = await browser.NewPageAsync();
        var session = new PageSession(page, pageUrl);
        if (viewport is not null)
        {
            await page.SetViewportAsync(viewport);
        }

        await page.SetJavaScriptEnabledAsync(javaScript);
        // Recorded from before the page's first byte, by the browser's own tooling (which the page's policy does not govern).
        await page.EvaluateExpressionOnNewDocumentAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));");
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url.Split('#')[0];
            session._requests.Enqueue(url);
            if (url == pageUrl)
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                await e.Request.AbortAsync();
            }
        };
        await page.GoToAsync(fragment.Length == 0 ? pageUrl : $"{pageUrl}#{fragment}", WaitUntilNavigation.Load);
        return session;
    }

    /// <summary>Returns the value of a script expression evaluated in the page.</summary>
    public Task<T> EvalAsync<T>(string expression) => Page.EvaluateExpressionAsync<T>(expression);

    /// <summary>Returns every Content-Security-Policy violation the page has reported so far: the directive, the blocked address and the start of the blocked code.</summary>
    public Task<string[]> ViolationsAsync() => EvalAsync<string[]>("window.__violations");

    /// <summary>Returns the <c>data-id</c> of every mark on the timeline.</summary>
    public async Task<string[]> MarkIdsAsync() => await EvalAsync<string[]>("[...document.querySelectorAll('#timeline .mark')].map(m => m.dataset.id)");

    /// <summary>Returns the number the result count holds.</summary>
    public async Task<int> ResultCountAsync() => int.Parse(await EvalAsync<string>("document.getElementById('result-count').dataset.count"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the first and last day of the timeline's visible range.</summary>
    public async Task<(DateOnly From, DateOnly To)> VisibleRangeAsync()
    {
        var range = await EvalAsync<JsonElement>("(r => [r.dataset.from, r.dataset.to])(document.getElementById('visible-range'))");
        return (DateOnly.Parse(range[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(range[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Closes the tab, failing if it asked for anything but the page.</summary>
    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        var others = _requests.Where(r => r != _pageUrl).ToList();
        Assert.True(others.Count == 0, $"The page made requests other than for itself: {string.Join(", ", others)}");
    }
}
