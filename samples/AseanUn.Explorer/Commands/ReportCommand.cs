using System.Threading;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Report;
using AseanUn.Json;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Writes the interactive report page: one self-contained HTML file for the dataset, built-in or merged with a file.</summary>
internal sealed class ReportCommand(ExplorerContext context) : Command<ReportSettings>
{
    public override int Execute(CommandContext commandContext, ReportSettings settings, CancellationToken cancellationToken)
    {
        var dataset = context.Dataset;
        if (settings.Merge is { } file)
        {
            var result = DatasetJson.TryMerge(dataset, ExplorerFiles.Read(context, file), file);
            dataset = result.Dataset ?? throw ExplorerException.Invalid(
                $"{file} has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")}; 'validate --merge {file}' lists them.");
        }

        var page = ReportPage.Write(dataset);
        ExplorerFiles.Write(context, settings.Out!, page);
        context.Error.WriteLine($"Wrote the report on {dataset.Records.Count} records ({page.Length / 1024} KiB) to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
