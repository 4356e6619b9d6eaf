using System;
using AseanUn;
using AseanUn.Explorer;
using AseanUn.Explorer.Infrastructure;
using Spectre.Console;

// On a terminal: tables fitted to its width. Redirected: plain columns that never wrap, and help at a readable width,
// on a console that skips colour and terminal detection, which nothing redirected would use.
var redirected = Console.IsOutputRedirected;
var console = redirected ? PlainConsole.Create(Console.Out, 120) : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

var context = new ExplorerContext(console, Console.Error, redirected ? OutputLayout.Plain : OutputLayout.Rich, Partnership.Current, Environment.CurrentDirectory, Console.OpenStandardInput);
return ExplorerApp.Run(args, context);
