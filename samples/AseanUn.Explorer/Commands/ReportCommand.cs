using System.Threading;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Report;
using AseanUn.Json;
using AseanUn.Validation;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Writes the interactive report page: one self-contained HTML file for the dataset, built-in, read from a file, or both merged.</summary>
internal sealed class ReportCommand(ExplorerContext context) : Command<ReportSettings>
{
    public override int Execute(CommandContext commandContext, ReportSettings settings, CancellationToken cancellationToken)
    {
        var dataset = context.Dataset;
        if (settings.File is { } path)
        {
            var file = ExplorerFiles.DocumentName(path);
            DatasetResult result;
            using (var json = ExplorerFiles.OpenRead(context, path))
            {
                result = settings.Merge ? DatasetJson.TryMerge(dataset, json, file) : DatasetJson.TryImport(json, file);
            }

            dataset = result.Dataset ?? throw ExplorerException.Invalid(
                $"{file} has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")}; 'validate {(path == ExplorerFiles.StandardInput ? "-" : path)}{(settings.Merge ? " --merge" : "")}' lists them.");
        }

        var page = ReportPage.Write(dataset);
        ExplorerFiles.Write(context, settings.Out!, page);
        context.Error.WriteLine($"Wrote the report on {dataset.Records.Count} records ({page.Length / 1024} KiB) to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
