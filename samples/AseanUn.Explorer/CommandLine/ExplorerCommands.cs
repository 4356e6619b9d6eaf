using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Commands;

namespace AseanUn.Explorer.CommandLine;

/// <summary>The explorer's commands, in the order help lists them, each with its description, settings and examples.</summary>
internal static class ExplorerCommands
{
    /// <summary>Gets every command.</summary>
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        CommandDefinition.Of<TimelineSettings>(
            "timeline", "Every dated record of the partnership in date order, optionally filtered.",
            [], TimelineSettings.Options, (context, settings) => new TimelineCommand(context).Execute(settings),
            "timeline",
            "timeline --from 2015 --to 2016-06 --pillar SC",
            "timeline --kind summit",
            "timeline --org UNICEF --json",
            "timeline --with-layers --layer later-report.json --as-of 2018-03"),
        CommandDefinition.Of<ListingSettings>(
            "pillars", "The pillars, their areas and action lines, with codes and record counts.",
            [], ListingSettings.Options, (context, settings) => new PillarsCommand(context).Execute(settings),
            "pillars",
            "pillars --json"),
        CommandDefinition.Of<ShowSettings>(
            "show", "One record with its facts, what it refers to, what refers to it, and its source paragraphs.",
            ShowSettings.Arguments, ShowSettings.Options, (context, settings) => new ShowCommand(context).Execute(settings),
            "show summit-4",
            "show SC.1.2",
            "show ESCAP --json",
            "show summit-9 --with-layers"),
        CommandDefinition.Of<StatusSettings>(
            "status", "What the evidence says an instrument's status was on a date: known, uncertain or unknown, with the evidence.",
            StatusSettings.Arguments, StatusSettings.Options, (context, settings) => new StatusCommand(context).Execute(settings),
            "status asean-un-plan-of-action-2016-2020 --as-of 2016-09-07",
            "status asean-un-mou-2007 --as-of 2000 --json"),
        CommandDefinition.Of<FindSettings>(
            "find", "Records whose names, titles, acronyms or aliases contain every word given.",
            FindSettings.Arguments, FindSettings.Options, (context, settings) => new FindCommand(context).Execute(settings),
            "find disaster",
            "find human rights --json"),
        CommandDefinition.Of<ChartSettings>(
            "chart", "The timeline as an SVG chart: a lane per pillar, a mark per dated record, summits labelled.",
            [], ChartSettings.Options, (context, settings) => new ChartCommand(context).Execute(settings),
            "chart --out timeline.svg"),
        CommandDefinition.Of<ReportSettings>(
            "report", "An interactive HTML page for the dataset: timeline with zoom, filters, search, records with their source paragraphs.",
            ReportSettings.Arguments, ReportSettings.Options, (context, settings) => new ReportCommand(context).Execute(settings),
            "report --out aseanun.html",
            "report later-report.json --merge --out aseanun.html"),
        CommandDefinition.Of<ExportSettings>(
            "export", "The whole dataset as JSON (the interchange format), CSV or a Markdown table, by the library's exporters.",
            [], ExportSettings.Options, (context, settings) => new ExportCommand(context).Execute(settings),
            "export --format json --out aseanun.json",
            "export --format csv --out records.csv",
            "export --format markdown"),
        CommandDefinition.Of<ValidateSettings>(
            "validate", "Checks a JSON document and lists every problem as file:line:column: message (exit code 1 if any).",
            ValidateSettings.Arguments, ValidateSettings.Options, (context, settings) => new ValidateCommand(context).Execute(settings),
            "validate aseanun.json",
            "validate --merge later-report.json",
            "validate later-report.json --merge --json",
            "validate later-report.json --with-layers"),
        CommandDefinition.Of<DiffSettings>(
            "diff", "What a later dataset adds: new records, status changes, added citations and corrections (built-in vs shipped layers, a stack vs a layer on it or another stack, or two files).",
            DiffSettings.Arguments, DiffSettings.Options, (context, settings) => new DiffCommand(context).Execute(settings),
            "diff",
            "diff later-report.json --json",
            "diff --with-layers --to-with-layers --to-layer later-report.json"),
        CommandDefinition.Of<ListingSettings>(
            "layers", "The stack's manifest: each layer merged on the built-in dataset, in order, with its edition, as-of date, source documents and requirements.",
            [], ListingSettings.Options, (context, settings) => new LayersCommand(context).Execute(settings),
            "layers --with-layers",
            "layers --with-layers --layer later-report.json --json"),
        CommandDefinition.Of<HelpSettings>(
            "help", "This help, or the help of one command.",
            HelpSettings.Arguments, [], (context, settings) => new HelpCommand(context).Execute(settings),
            "help",
            "help timeline"),
    ];

    /// <summary>Returns the command called <paramref name="name"/>, or null when there is none.</summary>
    public static CommandDefinition? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
