using System;
using System.Text;
using System.Threading;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Export;
using AseanUn.Json;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Writes the whole dataset as JSON, CSV or Markdown with the library's exporters, to standard output or a file.</summary>
internal sealed class ExportCommand(ExplorerContext context) : Command<ExportSettings>
{
    public override int Execute(CommandContext commandContext, ExportSettings settings, CancellationToken cancellationToken)
    {
        var dataset = context.Dataset;
        var (name, text) = settings.ParsedFormat switch
        {
            ExportFormat.Json => ("JSON", DatasetJson.Export(dataset)),
            ExportFormat.Csv => ("CSV", DatasetCsv.Export(dataset)),
            ExportFormat.Markdown => ("Markdown", DatasetMarkdown.Export(dataset)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.ParsedFormat, "Unknown export format."),
        };
        if (settings.Out is null)
        {
            context.Out.Write(text);
            return ExitCodes.Ok;
        }

        // UTF-8 without a byte-order mark, as DatasetJson writes to a stream.
        ExplorerFiles.Write(context, settings.Out, Encoding.UTF8.GetBytes(text));
        context.Error.WriteLine($"Wrote {dataset.Records.Count} records as {name} to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
