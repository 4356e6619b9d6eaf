using System;

namespace AseanUn.Fuzz;

/// <summary>An input that broke an invariant, with what broke and the input itself, so it can be replayed.</summary>
public sealed class FuzzFailure(string invariant, byte[] input, Exception? exception = null)
{
    /// <summary>Gets the invariant that did not hold.</summary>
    public string Invariant { get; } = invariant;

    /// <summary>Gets the input that broke it.</summary>
    public byte[] Input { get; } = input;

    /// <summary>Gets the exception the library threw, if that was the failure.</summary>
    public Exception? Exception { get; } = exception;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Invariant} on input (base64) {Convert.ToBase64String(Input)}" + (Exception is null ? "" : Environment.NewLine + Exception);
}
