namespace AseanUn.Explorer.Chart;

/// <summary>How a mark is drawn, from the kind of date it stands for.</summary>
internal enum MarkShape
{
    /// <summary>A single known day: a dot.</summary>
    Day,

    /// <summary>A range of days or a period with both ends known: a solid bar.</summary>
    Range,

    /// <summary>A date known only to the month, year or decade: a faded bar over the span it may fall in.</summary>
    Partial,

    /// <summary>A period with no end yet ("since 2012"): a bar that fades out at the as-of date.</summary>
    Ongoing,
}
