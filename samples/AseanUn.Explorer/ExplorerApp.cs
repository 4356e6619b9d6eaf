using System;
using System.IO;
using System.Reflection;
using AseanUn.Explorer.Commands;
using AseanUn.Explorer.Infrastructure;
using Spectre.Console.Cli;

namespace AseanUn.Explorer;

/// <summary>Builds the command-line app and maps every failure to an exit code and one line on standard error.</summary>
internal static class ExplorerApp
{
    /// <summary>The name the explorer goes by in help and messages: its command when installed as a .NET tool.</summary>
    public const string Name = "aseanun";

    /// <summary>Gets the explorer's version, as <c>--version</c> prints it: the package version, without build metadata.</summary>
    public static string Version { get; } =
        (typeof(ExplorerApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the explorer with <paramref name="args"/>; tests call this in-process with their own context.</summary>
    public static int Run(string[] args, ExplorerContext context)
    {
        try
        {
            MissingOptionValues.Check(args);
        }
        catch (ExplorerException exception)
        {
            return Fail(context, exception);
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(Name);
            config.SetApplicationVersion(Version);
            if (context.Layout == OutputLayout.Plain)
            {
                config.SetHelpProvider(new PlainHelpProvider(config.Settings, context.Console.Profile.Width));
            }

            config.ConfigureConsole(context.Console);
            config.Settings.Registrar.RegisterInstance(context);
            config.SetExceptionHandler((exception, _) => Fail(context, exception));
            config.Settings.StrictParsing = true;
#if DEBUG
            // Parsing every example on every run costs a real share of start-up; the Debug builds the tests run check them.
            config.ValidateExamples();
#endif

            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("Every dated record of the partnership in date order, optionally filtered.")
                .WithExample("timeline")
                .WithExample("timeline", "--from", "2015", "--to", "2016-06", "--pillar", "SC")
                .WithExample("timeline", "--kind", "summit")
                .WithExample("timeline", "--org", "UNICEF", "--json");
            config.AddCommand<PillarsCommand>("pillars")
                .WithDescription("The pillars, their areas and action lines, with codes and record counts.")
                .WithExample("pillars")
                .WithExample("pillars", "--json");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("One record with its facts, what it refers to, what refers to it, and its source paragraphs.")
                .WithExample("show", "summit-4")
                .WithExample("show", "SC.1.2")
                .WithExample("show", "ESCAP", "--json");
            config.AddCommand<StatusCommand>("status")
                .WithDescription("What the evidence says an instrument's status was on a date: known, uncertain or unknown, with the evidence.")
                .WithExample("status", "asean-un-plan-of-action-2016-2020", "--as-of", "2016-09-07")
                .WithExample("status", "asean-un-mou-2007", "--as-of", "2000", "--json");
            config.AddCommand<FindCommand>("find")
                .WithDescription("Records whose names, titles, acronyms or aliases contain every word given.")
                .WithExample("find", "disaster")
                .WithExample("find", "human", "rights", "--json");
            config.AddCommand<ChartCommand>("chart")
                .WithDescription("The timeline as an SVG chart: a lane per pillar, a mark per dated record, summits labelled.")
                .WithExample("chart", "--out", "timeline.svg");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("An interactive HTML page for the dataset: timeline with zoom, filters, search, records with their source paragraphs.")
                .WithExample("report", "--out", "aseanun.html")
                .WithExample("report", "later-report.json", "--merge", "--out", "aseanun.html");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("The whole dataset as JSON (the interchange format), CSV or a Markdown table, by the library's exporters.")
                .WithExample("export", "--format", "json", "--out", "aseanun.json")
                .WithExample("export", "--format", "csv", "--out", "records.csv")
                .WithExample("export", "--format", "markdown");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Checks a JSON document and lists every problem as file:line:column: message (exit code 1 if any).")
                .WithExample("validate", "aseanun.json")
                .WithExample("validate", "--merge", "later-report.json")
                .WithExample("validate", "later-report.json", "--merge", "--json");
            config.AddCommand<DiffCommand>("diff")
                .WithDescription("What a later dataset adds: new records, status changes, added citations and corrections (built-in vs shipped layers, a merge file, or two files).")
                .WithExample("diff")
                .WithExample("diff", "later-report.json", "--json");
            config.AddCommand<HelpCommand>("help")
                .WithDescription("This help, or the help of one command.")
                .WithExample("help")
                .WithExample("help", "timeline");
        });
        return app.Run(ExplorerFiles.MarkStandardInput(args));
    }

    private static int Fail(ExplorerContext context, Exception exception)
    {
        var exitCode = exception switch
        {
            ExplorerException explorer => explorer.ExitCode,
            CommandAppException => ExitCodes.Usage,
            _ => ExitCodes.NotFoundOrInvalid,
        };
        context.Error.WriteLine($"{Name}: {FirstLine(exception.Message)}");
        return exitCode;
    }

    private static string FirstLine(string message)
    {
        using var reader = new StringReader(message.Trim());
        return reader.ReadLine() ?? "";
    }
}
