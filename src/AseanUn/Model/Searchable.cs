using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>Helps records list the texts a search looks at.</summary>
internal static class Searchable
{
    /// <summary>Returns the texts that are set (not <see langword="null"/> or empty), in order.</summary>
    public static IEnumerable<string> Present(params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                yield return text;
            }
        }
    }
}
