namespace AseanUn.Explorer.Chart;

/// <summary>
/// Estimates how wide text is drawn, since an SVG file cannot measure its own text: a generous average advance per
/// character of common sans-serif faces, wider for bold, so that labels placed apart stay apart in any of them.
/// </summary>
internal static class TextMeasure
{
    /// <summary>The estimated average advance of a character, in ems.</summary>
    public const double Em = 0.6;

    /// <summary>The estimated average advance of a bold character, in ems.</summary>
    public const double BoldEm = 0.66;

    /// <summary>Returns the estimated width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Width(string text, double fontSize, bool bold = false) => text.Length * fontSize * (bold ? BoldEm : Em);
}
