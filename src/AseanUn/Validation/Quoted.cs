using AseanUn.Rules;

namespace AseanUn.Validation;

/// <summary>
/// Values from a document as problem messages quote them, through the shared <see cref="ReadableText"/>: cut to a
/// readable length with hidden characters escaped, so one 16 MiB name makes a bounded message, not a copy of itself.
/// </summary>
internal static class Quoted
{
    /// <summary>Returns <paramref name="value"/> as a message shows it: cut and escaped (<see cref="ReadableText.Of(string)"/>).</summary>
    public static string Cut(string? value) => value is null ? "" : ReadableText.Of(value);

    /// <summary>Returns <paramref name="value"/> cut as <see cref="Cut"/> does, in single quotes.</summary>
    public static string Of(string? value) => $"'{Cut(value)}'";
}
