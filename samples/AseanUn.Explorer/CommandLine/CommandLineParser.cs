using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.CommandLine;

/// <summary>
/// Fills a command's settings from the words after its name, strictly: every word is one of the command's options
/// (<c>--out FILE</c>, <c>--out=FILE</c>, <c>--out:FILE</c>) or one of its arguments, in any order; after <c>--</c>
/// every word is an argument. Anything else is a usage error (exit code 2) with a one-line message.
/// </summary>
internal static class CommandLineParser
{
    /// <summary>The names of the option every command has, which prints its help.</summary>
    public static readonly string[] HelpNames = ["-h", "--help"];

    /// <summary>Returns whether <paramref name="args"/> ask for the command's help (<c>-h</c> or <c>--help</c> before any <c>--</c>).</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) =>
        args.TakeWhile(a => a != "--").Any(a => HelpNames.Contains(a));

    /// <summary>Returns the settings of <paramref name="command"/> filled from <paramref name="args"/> and validated.</summary>
    /// <exception cref="ExplorerException">A word is not one of the command's options or arguments, a value is missing, or the values do not make sense together.</exception>
    public static CommandSettings Parse(CommandDefinition command, IReadOnlyList<string> args)
    {
        var settings = command.NewSettings();
        var positional = 0;
        var onlyArguments = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!onlyArguments && arg == "--")
            {
                onlyArguments = true;
            }
            else if (!onlyArguments && arg.Length > 1 && arg[0] == '-')
            {
                i = SetOption(command, settings, args, i);
            }
            else
            {
                positional = SetArgument(command, settings, positional, arg);
            }
        }

        var missing = command.Arguments.Skip(positional).FirstOrDefault(a => a.IsRequired);
        if (missing is not null)
        {
            throw Usage(command, $"'{command.Name}' needs {missing.Usage}");
        }

        return settings.Validate() is { } error ? throw ExplorerException.Usage(error) : settings;
    }

    // Sets the option at args[index] (with its value, inline or the next word) and returns the index of the last word it used.
    private static int SetOption(CommandDefinition command, CommandSettings settings, IReadOnlyList<string> args, int index)
    {
        var (name, inlineValue) = Split(args[index]);
        var option = Find(command, name) ?? throw Usage(command, $"'{command.Name}' has no option '{name}'");
        if (option.Kind == OptionKind.Flag)
        {
            if (inlineValue is not null)
            {
                throw Usage(command, $"Option '{name}' takes no value");
            }

            option.Set(settings, null);
            return index;
        }

        var next = index + 1 < args.Count && !IsOptionName(command, args[index + 1]) ? args[index + 1] : null;
        var value = inlineValue ?? next;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ExplorerException.Usage($"Option '{name}' needs a value.");
        }

        option.Set(settings, value);
        return inlineValue is null ? index + 1 : index;
    }

    private static int SetArgument(CommandDefinition command, CommandSettings settings, int position, string value)
    {
        var arguments = command.Arguments;
        if (position < arguments.Count)
        {
            arguments[position].Set(settings, value);
            return position + 1;
        }

        if (arguments.Count > 0 && arguments[^1].IsMany)
        {
            arguments[^1].Set(settings, value);
            return position;
        }

        var takes = arguments.Count == 0 ? "takes no arguments" : $"takes {string.Join(" ", arguments.Select(a => a.Usage))}";
        throw Usage(command, $"Unexpected argument '{value}': '{command.Name}' {takes}");
    }

    // "--out=file" and "--out:file" carry their value inline.
    private static (string Name, string? InlineValue) Split(string arg)
    {
        var separator = arg.IndexOfAny(['=', ':']);
        return separator > 0 ? (arg[..separator], arg[(separator + 1)..]) : (arg, null);
    }

    private static OptionDefinition? Find(CommandDefinition command, string name) =>
        command.Options.FirstOrDefault(o => o.Names.Contains(name));

    // A word that names an option is not taken for the value of the option before it: "--from --json" lacks its date.
    private static bool IsOptionName(CommandDefinition command, string word) =>
        HelpNames.Contains(word) || Find(command, Split(word).Name) is not null;

    private static ExplorerException Usage(CommandDefinition command, string problem) =>
        ExplorerException.Usage($"{problem}; '{ExplorerApp.Name} {command.Name} --help' says what it takes.");
}
