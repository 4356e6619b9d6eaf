using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Report;

namespace AseanUn.Explorer.Commands;

/// <summary>Writes the interactive report page: one self-contained HTML file for the dataset, built-in or a stack of layers, read from a file, or a file merged on top.</summary>
internal sealed class ReportCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ReportSettings settings)
    {
        // The document goes on top of the stack the command line names (--merge, --with-layers, --layer), else stands alone.
        var dataset = context.Dataset;
        if (settings.File is { } path)
        {
            dataset = DatasetStack.Document(context, settings, path, onTop: settings.Merge || settings.HasStack);
        }

        var page = ReportPage.Write(dataset);
        ExplorerFiles.Write(context, settings.Out!, page);
        context.Error.WriteLine($"Wrote the report on {dataset.Records.Count} records ({page.Length / 1024} KiB) to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
