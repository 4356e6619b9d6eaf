namespace AseanUn.Dates;

/// <summary>How precisely one end of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision : byte
{
    /// <summary>A calendar day, e.g. <c>2011-11-19</c>.</summary>
    Day = 1,

    /// <summary>A month, e.g. <c>2011-03</c>: any day in it.</summary>
    Month = 2,

    /// <summary>A year, e.g. <c>1977</c>: any day in it.</summary>
    Year = 3,

    /// <summary>A decade, written with an unspecified last digit, e.g. <c>197X</c>.</summary>
    Decade = 4,

    /// <summary>An open end of an interval (<c>..</c>): unbounded on that side.</summary>
    Open = 5,
}
