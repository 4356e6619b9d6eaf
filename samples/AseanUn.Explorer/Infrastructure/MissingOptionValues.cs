using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Catches an option given without its value (<c>chart --out</c>, <c>timeline --from --json</c>) before Spectre.Console.Cli
/// parses the line: it would otherwise hand the command an internal placeholder as the value instead of failing.
/// </summary>
internal static class MissingOptionValues
{
    // Every option of the explorer's commands that takes a value, as written on the command line: --from, -o, --out…
    private static readonly HashSet<string> ValueOptions = [.. OptionsOf(attribute => attribute.ValueName is not null && !attribute.ValueIsOptional)];

    private static readonly HashSet<string> AllOptions = [.. OptionsOf(_ => true), "-h", "--help"];

    /// <summary>Throws a usage error naming the first option in <paramref name="args"/> that lacks its value.</summary>
    /// <exception cref="ExplorerException">An option that takes a value is last, or is followed by another option.</exception>
    public static void Check(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueOptions.Contains(args[i]) && (i == args.Count - 1 || AllOptions.Contains(args[i + 1])))
            {
                throw ExplorerException.Usage($"Option '{args[i]}' needs a value.");
            }
        }
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
