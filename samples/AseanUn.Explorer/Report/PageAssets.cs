using System.IO;

namespace AseanUn.Explorer.Report;

/// <summary>The report page's template, style sheet and script, embedded in the explorer from <c>Report/Page/</c>.</summary>
internal static class PageAssets
{
    /// <summary>Gets the HTML template, with <c>{{NAME}}</c> placeholders.</summary>
    public static string Template => Read("report.html");

    /// <summary>Gets the page's style sheet.</summary>
    public static string Style => Read("report.css");

    /// <summary>Gets the page's script.</summary>
    public static string Script => Read("report.js");

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("AseanUn.Explorer.Report.Page." + name)
            ?? throw new FileNotFoundException($"The explorer was built without its report page resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
