namespace AseanUn.Explorer.CommandLine;

/// <summary>
/// What a command is given: a plain class the parser fills through the command's tables of options and arguments
/// (<see cref="OptionDefinition"/>, <see cref="ArgumentDefinition"/>), then checks with <see cref="Validate"/>.
/// </summary>
internal abstract class CommandSettings
{
    /// <summary>Checks the values together once they are all set, and derives what the command reads from them.</summary>
    /// <returns>The usage error, one line, or null when the values make sense.</returns>
    public virtual string? Validate() => null;
}
