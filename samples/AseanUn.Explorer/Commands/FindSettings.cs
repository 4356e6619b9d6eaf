using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The words <c>find</c> looks for.</summary>
internal sealed class FindSettings : ListingSettings
{
    private readonly List<string> _words = [];

    /// <summary>Gets the arguments of <c>find</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Many<FindSettings>(
            "TEXT", "Words to find in names, titles, acronyms, aliases and codes; case and accents do not matter.", (s, word) => s._words.Add(word)),
    ];

    /// <summary>Gets the words; a record must contain every one.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Gets the words as one text.</summary>
    public string Text => string.Join(' ', Words);
}
