using System.CommandLine;
var from = new Option<string?>("--from") { Description = "Earliest date" };
var to = new Option<string?>("--to") { Description = "Latest date" };
var pillar = new Option<string?>("--pillar") { Description = "Pillar code" };
var kind = new Option<string?>("--kind") { Description = "Kind" };
var org = new Option<string?>("--org") { Description = "Organisation" };
var json = new Option<bool>("--json") { Description = "JSON output" };
var timeline = new Command("timeline", "Every dated record of the partnership in date order, optionally filtered.") { from, to, pillar, kind, org, json };
timeline.SetAction(r => Timeline.Print(r.GetValue(from), r.GetValue(to), r.GetValue(pillar), r.GetValue(kind), r.GetValue(org), r.GetValue(json)));
var root = new RootCommand("The AseanUn explorer") { timeline };
foreach (var name in new[] { "pillars", "show", "find", "chart", "report", "export", "validate", "diff" })
{
    var command = new Command(name, "Another command.") { new Option<bool>("--json") };
    command.SetAction(_ => 0);
    root.Subcommands.Add(command);
}
return root.Parse(args).Invoke();
