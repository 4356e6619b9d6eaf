using System;
using AseanUn;
using AseanUn.Explorer;
using AseanUn.Explorer.Infrastructure;

// On a terminal: tables fitted to its width. Redirected: plain columns that never wrap, and help at a readable width,
// written straight to standard output: nothing redirected loads the terminal's console (Spectre.Console).
var redirected = Console.IsOutputRedirected;
var context = new ExplorerContext(
    Console.Out, Console.Error, redirected ? OutputLayout.Plain : OutputLayout.Rich, redirected ? 120 : null, Partnership.Current, Environment.CurrentDirectory, Console.OpenStandardInput);
return ExplorerApp.Run(args, context);
