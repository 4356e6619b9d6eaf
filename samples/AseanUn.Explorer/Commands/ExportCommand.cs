using System;
using System.IO;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Export;
using AseanUn.Json;

namespace AseanUn.Explorer.Commands;

/// <summary>Writes the whole dataset as JSON, CSV or Markdown with the library's exporters, to standard output or a file.</summary>
internal sealed class ExportCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ExportSettings settings)
    {
        var dataset = context.Dataset;
        (string Name, Action<TextWriter> ToWriter, Action<Stream> ToStream) format = settings.ParsedFormat switch
        {
            ExportFormat.Json => ("JSON", w => DatasetJson.Export(dataset, w), s => DatasetJson.Export(dataset, s)),
            ExportFormat.Csv => ("CSV", w => DatasetCsv.Export(dataset, w), s => DatasetCsv.Export(dataset, s)),
            ExportFormat.Markdown => ("Markdown", w => DatasetMarkdown.Export(dataset, w), s => DatasetMarkdown.Export(dataset, s)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.ParsedFormat, "Unknown export format."),
        };
        var name = format.Name;
        if (settings.Out is null)
        {
            format.ToWriter(context.Out);
            return ExitCodes.Ok;
        }

        // The library's stream exporters write UTF-8 without a byte-order mark.
        ExplorerFiles.Write(context, settings.Out, format.ToStream);
        context.Error.WriteLine($"Wrote {dataset.Records.Count} records as {name} to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
