using System.ComponentModel;
using System.Threading;
using Spectre.Console.Cli;
var app = new CommandApp();
app.Configure(c =>
{
    c.SetApplicationName("aseanun");
    c.Settings.StrictParsing = true;
    c.AddCommand<TimelineCommand>("timeline").WithDescription("Every dated record of the partnership in date order, optionally filtered.");
    c.AddCommand<OtherCommand>("pillars"); c.AddCommand<OtherCommand>("show"); c.AddCommand<OtherCommand>("find");
});
return app.Run(args);

public sealed class TimelineSettings : CommandSettings
{
    [CommandOption("--from <DATE>"), Description("Earliest date")] public string? From { get; init; }
    [CommandOption("--to <DATE>"), Description("Latest date")] public string? To { get; init; }
    [CommandOption("--pillar <CODE>"), Description("Pillar")] public string? Pillar { get; init; }
    [CommandOption("--kind <KIND>"), Description("Kind")] public string? Kind { get; init; }
    [CommandOption("--org <ORG>"), Description("Organisation")] public string? Org { get; init; }
    [CommandOption("--json"), Description("JSON")] public bool Json { get; init; }
}
public sealed class TimelineCommand : Command<TimelineSettings>
{
    public override int Execute(CommandContext context, TimelineSettings s, CancellationToken cancellationToken) => Timeline.Print(s.From, s.To, s.Pillar, s.Kind, s.Org, s.Json);
}
public sealed class OtherSettings : CommandSettings { [CommandOption("--json")] public bool Json { get; init; } }
public sealed class OtherCommand : Command<OtherSettings> { public override int Execute(CommandContext context, OtherSettings s, CancellationToken cancellationToken) => 0; }
