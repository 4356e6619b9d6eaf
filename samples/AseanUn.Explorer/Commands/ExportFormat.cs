namespace AseanUn.Explorer.Commands;

/// <summary>The formats <c>export</c> writes, each by the library's own exporter.</summary>
internal enum ExportFormat
{
    /// <summary>The JSON interchange format (<c>DatasetJson</c>).</summary>
    Json,

    /// <summary>One CSV row per record (<c>DatasetCsv</c>).</summary>
    Csv,

    /// <summary>One Markdown table row per record (<c>DatasetMarkdown</c>).</summary>
    Markdown,
}
