using System.Collections.Generic;

namespace AseanUn.Fuzz;

/// <summary>Something to fuzz: its seed inputs, and the invariants one input must keep.</summary>
public interface IFuzzTarget
{
    /// <summary>Gets the name used on the command line.</summary>
    string Name { get; }

    /// <summary>Gets the inputs mutation starts from.</summary>
    IReadOnlyList<byte[]> Seeds { get; }

    /// <summary>Gets the fragments worth inserting: the syntax the input's grammar is made of.</summary>
    IReadOnlyList<byte[]> Tokens { get; }

    /// <summary>Runs one input; returns the broken invariant, or <see langword="null"/>, and whether the input was accepted.</summary>
    FuzzFailure? Check(byte[] input, out bool accepted);
}
