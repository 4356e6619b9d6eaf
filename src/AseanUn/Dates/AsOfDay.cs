using System;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>The day an as-of question is about: the last day of the date asked, so "as of 2016" is as of 31 December 2016.</summary>
internal static class AsOfDay
{
    /// <summary>Returns the last day of <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> has an open or unknown end: it names no last day.</exception>
    public static LocalDate Of(PartialDate date, string parameter) =>
        date.HasOpenEnd
            ? throw new ArgumentException($"An as-of date needs a last day; {date} has an open or unknown end.", parameter)
            : date.End;
}
