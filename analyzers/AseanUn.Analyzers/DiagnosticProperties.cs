namespace AseanUn.Analyzers;

/// <summary>Keys of the properties a code diagnostic carries for its code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The constants to offer as replacements (e.g. <c>ActionLineCodes.Peacekeeping</c>), best first, separated by <see cref="Separator"/>.</summary>
    public const string Replacements = "AseanUn.Replacements";

    /// <summary>The codes those constants stand for, in the same order.</summary>
    public const string ReplacementCodes = "AseanUn.ReplacementCodes";

    /// <summary>
    /// Present (as <c>true</c>) when the first replacement cannot change what the code means — a malformed code's
    /// normal form, a literal's typed constant, a superseded line's successor — so Fix All may apply it. Without it the
    /// replacements are guesses ("did you mean"), offered one by one and never applied in bulk.
    /// </summary>
    public const string MeaningPreserving = "AseanUn.MeaningPreserving";

    /// <summary>Separates the entries of a list property.</summary>
    public const char Separator = ';';
}
