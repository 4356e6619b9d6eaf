using System;
using System.IO;
using System.Threading.Tasks;
using AseanUn.Explorer.Report;
using PuppeteerSharp;

namespace AseanUn.Report.Tests;

/// <summary>
/// One headless Chromium for the whole test class, and the report page of the built-in dataset written once to a
/// temporary folder. The browser is the system's (Debian's <c>chromium</c>); nothing is downloaded. When it is missing or
/// cannot start, every test fails with a message that says how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The environment variable that names another Chromium or Chrome executable.</summary>
    public const string BrowserVariable = "ASEANUN_CHROMIUM";

    private const string DefaultBrowser = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aseanun-report-{Guid.NewGuid():N}");
    private IBrowser? _browser;

    /// <summary>Gets the page's file.</summary>
    public string PagePath => Path.Combine(_folder, "report.html");

    /// <summary>Gets the page's address.</summary>
    public string PageUrl => new Uri(PagePath).AbsoluteUri;

    /// <summary>Gets the page's bytes.</summary>
    public byte[] PageBytes { get; private set; } = [];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        PageBytes = ReportPage.Write(Partnership.Current);
        await File.WriteAllBytesAsync(PagePath, PageBytes);
        var executable = Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } named ? named : DefaultBrowser;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executable}, and it is not there: install it (Debian: 'apt-get install chromium') or set {BrowserVariable} to a Chromium or Chrome executable.");
        }

        try
        {
            _browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                UserDataDir = Path.Combine(_folder, "profile"),
                DefaultViewport = new ViewPortOptions { Width = 1400, Height = 1000 },
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                ],
            });
        }
        catch (Exception e) when (e is ProcessException or TimeoutException or IOException)
        {
            throw new InvalidOperationException($"Chromium at {executable} did not start: {e.Message}", e);
        }
    }

    /// <summary>
    /// Opens the page with <paramref name="fragment"/> (the part after '#') in a new tab that records every request, at
    /// <paramref name="width"/> × <paramref name="height"/> pixels (by default 1400 × 1000).
    /// </summary>
    public async Task<PageSession> OpenAsync(string fragment = "", bool javaScript = true, int width = 0, int height = 0)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        return await PageSession.OpenAsync(browser, PageUrl, fragment, javaScript, Viewport(width, height));
    }

    /// <summary>
    /// Writes a copy of the page whose text <paramref name="edit"/> changed (e.g. fields a later version of the format
    /// adds, put into the embedded export) and opens it like <see cref="OpenAsync"/>.
    /// </summary>
    public async Task<PageSession> OpenEditedAsync(Func<string, string> edit, string fragment = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var path = Path.Combine(_folder, $"edited-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, edit(System.Text.Encoding.UTF8.GetString(PageBytes)));
        return await PageSession.OpenAsync(browser, new Uri(path).AbsoluteUri, fragment, javaScript: true, viewport: null);
    }

    private static ViewPortOptions? Viewport(int width, int height) => width > 0 ? new ViewPortOptions { Width = width, Height = height } : null;

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The profile folder may still be held for a moment after the browser exits; it is in the temporary folder.
        }
    }
}
