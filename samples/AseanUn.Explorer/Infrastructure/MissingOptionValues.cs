using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Catches an option given without its value (<c>chart --out</c>, <c>timeline --from --json</c>) or with an empty one
/// (<c>timeline --org ""</c>, <c>chart --out=</c>) before Spectre.Console.Cli parses the line: it would otherwise hand the
/// command an internal placeholder or an empty string. Every command thus treats a missing or empty value alike, as a
/// usage error (exit code 2).
/// </summary>
internal static class MissingOptionValues
{
    // Every option of the explorer's commands that takes a value, as written on the command line: --from, -o, --out…
    private static readonly HashSet<string> ValueOptions = [.. OptionsOf(attribute => attribute.ValueName is not null && !attribute.ValueIsOptional)];

    private static readonly HashSet<string> AllOptions = [.. OptionsOf(_ => true), "-h", "--help", "-v", "--version"];

    /// <summary>Throws a usage error naming the first option in <paramref name="args"/> that lacks its value.</summary>
    /// <exception cref="ExplorerException">An option that takes a value is last, is followed by another option, or is given a blank value.</exception>
    public static void Check(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var (option, inlineValue) = Split(args[i]);
            if (!ValueOptions.Contains(option))
            {
                continue;
            }

            var value = inlineValue ?? (i == args.Count - 1 || AllOptions.Contains(args[i + 1]) ? null : args[i + 1]);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw ExplorerException.Usage($"Option '{option}' needs a value.");
            }
        }
    }

    // "--out=file" and "--out:file" carry their value inline.
    private static (string Option, string? InlineValue) Split(string arg)
    {
        var separator = arg.StartsWith('-') ? arg.IndexOfAny(['=', ':']) : -1;
        return separator > 0 ? (arg[..separator], arg[(separator + 1)..]) : (arg, null);
    }

    private static IEnumerable<string> OptionsOf(Func<CommandOptionAttribute, bool> which) =>
        from type in typeof(MissingOptionValues).Assembly.GetTypes()
        where typeof(CommandSettings).IsAssignableFrom(type)
        from property in type.GetProperties()
        let attribute = property.GetCustomAttribute<CommandOptionAttribute>()
        where attribute is not null && which(attribute)
        from name in attribute.LongNames.Select(n => "--" + n).Concat(attribute.ShortNames.Select(n => "-" + n))
        select name;
}
