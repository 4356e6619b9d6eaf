namespace AseanUn.Rules;

/// <summary>
/// The shape of pillar, area and action-line codes, written once and compiled into both the library (which validates
/// record ids at run time) and the analyzers (which check constants at compile time), so the two cannot disagree.
/// </summary>
/// <remarks>
/// A code is two upper-case ASCII letters (the pillar, <c>SC</c>), then one number per level below it, each after a
/// dot: <c>SC.1</c> is an area, <c>SC.1.2</c> an action line. A number is one to three ASCII digits without a leading
/// zero (1–999). The whole string is the code: nothing may precede or follow it, not even a line feed.
/// </remarks>
internal static class CodeRules
{
    /// <summary>The most digits a number in a code may have: 1–999 at each level.</summary>
    public const int MaxNumberLength = 3;

    /// <summary>The number of parts of a pillar code.</summary>
    public const int PillarParts = 1;

    /// <summary>The number of parts of an area code.</summary>
    public const int AreaParts = 2;

    /// <summary>The number of parts of an action-line code.</summary>
    public const int ActionLineParts = 3;

    /// <summary>Returns whether <paramref name="value"/> is a well-formed code of exactly <paramref name="parts"/> dot-separated parts.</summary>
    public static bool IsWellFormed(string? value, int parts)
    {
        if (value is null || value.Length < 2 || !IsUpperAscii(value[0]) || !IsUpperAscii(value[1]))
        {
            return false;
        }

        var index = 2;
        for (var part = 1; part < parts; part++)
        {
            if (index >= value.Length || value[index] != '.')
            {
                return false;
            }

            var start = ++index;
            while (index < value.Length && IsAsciiDigit(value[index]))
            {
                index++;
            }

            var length = index - start;
            if (length == 0 || length > MaxNumberLength || value[start] == '0')
            {
                return false;
            }
        }

        return index == value.Length;
    }

    /// <summary>Gets the pillar code a well-formed area or action-line code lies under.</summary>
    public static string PillarOf(string code)
    {
        var dot = code.IndexOf('.');
        return dot < 0 ? code : code.Substring(0, dot);
    }

    /// <summary>Gets the code one level up: the area of an action line, the pillar of an area.</summary>
    public static string ParentOf(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? code : code.Substring(0, dot);
    }

    private static bool IsUpperAscii(char c) => c >= 'A' && c <= 'Z';

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
