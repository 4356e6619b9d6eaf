using System;
using System.Collections.Generic;

namespace AseanUn.Explorer.CommandLine;

/// <summary>One option of a command: its names, what it takes, how help describes it, and how it sets the settings.</summary>
/// <param name="Names">Its names as written on the command line, the long one last: <c>-o</c>, <c>--out</c>.</param>
/// <param name="ValueName">The value's name in help (<c>FILE</c>), or null for a flag.</param>
/// <param name="Description">What help says about it.</param>
/// <param name="Kind">What it takes.</param>
/// <param name="Set">Sets the settings from one occurrence: the value, or null for a flag.</param>
internal sealed record OptionDefinition(IReadOnlyList<string> Names, string? ValueName, string Description, OptionKind Kind, Action<CommandSettings, string?> Set)
{
    /// <summary>A flag, <paramref name="names"/> written <c>--json</c> or <c>-j|--json</c>.</summary>
    public static OptionDefinition Flag<T>(string names, string description, Action<T> set)
        where T : CommandSettings =>
        new(names.Split('|'), null, description, OptionKind.Flag, (settings, _) => set((T)settings));

    /// <summary>An option that takes one value named <paramref name="valueName"/> in help.</summary>
    public static OptionDefinition Value<T>(string names, string valueName, string description, Action<T, string> set)
        where T : CommandSettings =>
        new(names.Split('|'), valueName, description, OptionKind.Value, (settings, value) => set((T)settings, value!));

    /// <summary>An option that may be given again, each value passed to <paramref name="add"/> in order.</summary>
    public static OptionDefinition Repeated<T>(string names, string valueName, string description, Action<T, string> add)
        where T : CommandSettings =>
        new(names.Split('|'), valueName, description, OptionKind.Repeated, (settings, value) => add((T)settings, value!));

    /// <summary>Gets how help writes it: <c>-o, --out &lt;FILE&gt;</c>.</summary>
    public string Usage => string.Join(", ", Names) + (ValueName is null ? "" : $" <{ValueName}>");
}
