using AseanUn.Explorer.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AseanUn.Explorer;

/// <summary>Builds the command-line app; tests run it in-process with their own console.</summary>
internal static class ExplorerApp
{
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("aseanun-explorer");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("Every dated record of the partnership in chronological order.")
                .WithExample("timeline");
        });
        return app.Run(args);
    }
}
