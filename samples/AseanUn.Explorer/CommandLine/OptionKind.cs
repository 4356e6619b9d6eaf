namespace AseanUn.Explorer.CommandLine;

/// <summary>What an option takes from the command line.</summary>
internal enum OptionKind
{
    /// <summary>Nothing: the option is on or off (<c>--json</c>).</summary>
    Flag,

    /// <summary>One value; given again, the last one counts (<c>--from 2015</c>).</summary>
    Value,

    /// <summary>One value each time it is given, all kept in order (<c>--layer a.json --layer b.json</c>).</summary>
    Repeated,
}
