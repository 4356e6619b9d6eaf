using System;

namespace AseanUn.Utility;

/// <summary>Small helpers for the wording of messages.</summary>
internal static class Wording
{
    /// <summary>Returns <paramref name="text"/> with its indefinite article, e.g. <c>an Event</c>, <c>a Place</c>.</summary>
    public static string WithArticle(string text) => ("AEIOU".Contains(text[0], StringComparison.Ordinal) ? "an " : "a ") + text;
}
