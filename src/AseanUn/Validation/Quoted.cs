using System;

namespace AseanUn.Validation;

/// <summary>
/// Values from a document as problem messages quote them: whole up to <see cref="MaxLength"/> characters, longer ones
/// cut there with an ellipsis, so one 16 MiB name makes a readable message of bounded size, not a copy of itself.
/// </summary>
internal static class Quoted
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaxLength = 64;

    /// <summary>Returns <paramref name="value"/>, cut to <see cref="MaxLength"/> characters and an ellipsis if longer.</summary>
    public static string Cut(string? value) =>
        value is null ? "" : value.Length <= MaxLength ? value : string.Concat(value.AsSpan(0, CutAt(value)), "…");

    /// <summary>Returns <paramref name="value"/> cut as <see cref="Cut"/> does, in single quotes.</summary>
    public static string Of(string? value) => $"'{Cut(value)}'";

    // A cut never splits a surrogate pair.
    private static int CutAt(string value) => char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
}
