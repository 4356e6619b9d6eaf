namespace AseanUn.Dates;

/// <summary>How precisely one end of a <see cref="PartialDate"/> is known, and so how its EDTF text is written.</summary>
/// <remarks>
/// Two precisions may cover the same span and still differ in what the source said: <c>1999</c> (<see cref="Year"/>)
/// and <c>1999-XX</c> (<see cref="UnspecifiedMonth"/>, "some month of 1999") both cover the whole of 1999.
/// </remarks>
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

    /// <summary>A century, written with the last two digits unspecified, e.g. <c>19XX</c> (1900–1999).</summary>
    Century = 6,

    /// <summary>A season, EDTF codes 21–24, e.g. <c>2001-21</c> (spring 2001); see <see cref="PartialDate"/> for the months each covers.</summary>
    Season = 7,

    /// <summary>An unknown end of an interval (nothing written, e.g. <c>/2006</c>): it exists, but when is not known, so its span is unbounded.</summary>
    Unknown = 8,

    /// <summary>A day not specified within a known month, e.g. <c>1999-01-XX</c>: any day of January 1999.</summary>
    UnspecifiedDay = 9,

    /// <summary>A month not specified within a known year, e.g. <c>1999-XX</c>: any month of 1999.</summary>
    UnspecifiedMonth = 10,

    /// <summary>Month and day not specified within a known year, e.g. <c>1999-XX-XX</c>: any day of 1999.</summary>
    UnspecifiedMonthAndDay = 11,
}
