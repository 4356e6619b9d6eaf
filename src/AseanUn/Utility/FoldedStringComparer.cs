using System.Collections.Generic;

namespace AseanUn.Utility;

/// <summary>Compares strings as <see cref="TextFolding"/> folds them: case- and diacritic-insensitively, without allocating.</summary>
internal sealed class FoldedStringComparer : IEqualityComparer<string>
{
    /// <summary>The single instance.</summary>
    public static readonly FoldedStringComparer Instance = new();

    private FoldedStringComparer()
    {
    }

    /// <inheritdoc/>
    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && TextFolding.FoldedEquals(x, y));

    /// <inheritdoc/>
    public int GetHashCode(string obj) => TextFolding.FoldedHashCode(obj);
}
