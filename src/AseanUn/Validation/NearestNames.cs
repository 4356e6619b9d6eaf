using System.Collections.Generic;

namespace AseanUn.Validation;

/// <summary>The library's wording of a "did you mean" (the ranking is shared with the analyzers).</summary>
internal static partial class NearestNames
{
    /// <summary>Returns the end of a message's sentence: <c>; did you mean 'a' or 'b'?</c> for <paramref name="suggestions"/>, or <c>.</c> when there are none.</summary>
    public static string Ending(List<string> suggestions) => suggestions.Count switch
    {
        0 => ".",
        1 => $"; did you mean '{suggestions[0]}'?",
        _ => $"; did you mean '{string.Join("', '", suggestions.GetRange(0, suggestions.Count - 1))}' or '{suggestions[^1]}'?",
    };
}
