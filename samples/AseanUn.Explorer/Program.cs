using System;
using AseanUn;
using AseanUn.Explorer;
using AseanUn.Explorer.Infrastructure;
using Spectre.Console;

// On a terminal: tables fitted to its width. Redirected: plain columns that never wrap, and help at a readable width.
var redirected = Console.IsOutputRedirected;
var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
if (redirected)
{
    console.Profile.Width = 120;
}

var context = new ExplorerContext(console, Console.Error, redirected ? OutputLayout.Plain : OutputLayout.Rich, Partnership.Current, Environment.CurrentDirectory, Console.OpenStandardInput);
return ExplorerApp.Run(args, context);
