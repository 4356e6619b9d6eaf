using System;
using System.Collections.Generic;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.CommandLine;

/// <summary>One command of the explorer: its name, what help says about it, what it takes, and what it runs.</summary>
/// <param name="Name">The command's name, the first word of its command line.</param>
/// <param name="Description">What help says it does.</param>
/// <param name="Arguments">Its positional arguments, in order.</param>
/// <param name="Options">Its options, as help lists them.</param>
/// <param name="Examples">Command lines help shows, without the program's name; the tests parse each one.</param>
/// <param name="NewSettings">Creates the settings the parser fills.</param>
/// <param name="Run">Runs the command on the filled and validated settings and returns its exit code.</param>
internal sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<ArgumentDefinition> Arguments,
    IReadOnlyList<OptionDefinition> Options,
    IReadOnlyList<string> Examples,
    Func<CommandSettings> NewSettings,
    Func<ExplorerContext, CommandSettings, int> Run)
{
    /// <summary>Defines a command whose settings are <typeparamref name="T"/>.</summary>
    public static CommandDefinition Of<T>(
        string name, string description, IReadOnlyList<ArgumentDefinition> arguments, IReadOnlyList<OptionDefinition> options,
        Func<ExplorerContext, T, int> run, params string[] examples)
        where T : CommandSettings, new() =>
        new(name, description, arguments, options, examples, () => new T(), (context, settings) => run(context, (T)settings));
}
