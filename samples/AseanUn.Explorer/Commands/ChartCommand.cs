using System.IO;
using System.Text;
using AseanUn.Explorer.Chart;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Commands;

/// <summary>Draws the timeline as an SVG chart: a lane per pillar, a mark per dated record, summits labelled.</summary>
internal sealed class ChartCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ChartSettings settings)
    {
        var layout = new ChartLayout(context.Dataset);
        var svg = SvgTimelineWriter.Write(layout);
        if (settings.Out is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(svg));
            return ExitCodes.Ok;
        }

        ExplorerFiles.Write(context, settings.Out, svg);
        context.Error.WriteLine($"Wrote {layout.Marks.Count} marks in {layout.Lanes.Count} lanes to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
