using System;

namespace AseanUn.Explorer.CommandLine;

/// <summary>One positional argument of a command, in the order the command takes them.</summary>
/// <param name="Name">Its name in help: <c>RECORD</c>.</param>
/// <param name="IsRequired">Whether the command needs it.</param>
/// <param name="IsMany">Whether it takes every remaining argument (<c>find human rights</c>); only the last may.</param>
/// <param name="Description">What help says about it.</param>
/// <param name="Set">Sets the settings from one argument; called once per word when <paramref name="IsMany"/>.</param>
internal sealed record ArgumentDefinition(string Name, bool IsRequired, bool IsMany, string Description, Action<CommandSettings, string> Set)
{
    /// <summary>An argument the command needs.</summary>
    public static ArgumentDefinition Required<T>(string name, string description, Action<T, string> set)
        where T : CommandSettings => new(name, true, false, description, (settings, value) => set((T)settings, value));

    /// <summary>An argument the command can do without.</summary>
    public static ArgumentDefinition Optional<T>(string name, string description, Action<T, string> set)
        where T : CommandSettings => new(name, false, false, description, (settings, value) => set((T)settings, value));

    /// <summary>One or more words, every remaining argument, each passed to <paramref name="add"/> in order.</summary>
    public static ArgumentDefinition Many<T>(string name, string description, Action<T, string> add)
        where T : CommandSettings => new(name, true, true, description, (settings, value) => add((T)settings, value));

    /// <summary>Gets how help writes it: <c>&lt;RECORD&gt;</c> when required, <c>[FILE]</c> when not.</summary>
    public string Usage => IsRequired ? $"<{Name}>" : $"[{Name}]";
}
