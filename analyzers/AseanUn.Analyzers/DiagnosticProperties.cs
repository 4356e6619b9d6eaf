namespace AseanUn.Analyzers;

/// <summary>Keys of the properties a code diagnostic carries for its code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The constants to offer as replacements (e.g. <c>ActionLineCodes.Peacekeeping</c>), best first, separated by <see cref="Separator"/>.</summary>
    public const string Replacements = "AseanUn.Replacements";

    /// <summary>The codes those constants stand for, in the same order.</summary>
    public const string ReplacementCodes = "AseanUn.ReplacementCodes";

    /// <summary>Separates the entries of a list property.</summary>
    public const char Separator = ';';
}
