using System.IO;
using System.Text;
using System.Threading;
using AseanUn.Explorer.Chart;
using AseanUn.Explorer.Infrastructure;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Draws the timeline as an SVG chart: a lane per pillar, a mark per dated record, summits labelled.</summary>
internal sealed class ChartCommand(ExplorerContext context) : Command<ChartSettings>
{
    public override int Execute(CommandContext commandContext, ChartSettings settings, CancellationToken cancellationToken)
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
