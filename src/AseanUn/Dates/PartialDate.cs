using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>
/// A date as the report gives it: a day, a month, a season, a year, a decade or century, or an interval between two
/// of those (possibly open-ended or with an unknown end), each end optionally qualified as approximate or uncertain.
/// </summary>
/// <remarks>
/// <para>
/// Every value stands for a <em>span of days</em>: <c>2011-03</c> covers 1–31 March 2011,
/// <c>2014-06-19/2014-06-21</c> covers three days, <c>2012/..</c> runs from 1 January 2012 without end.
/// <see cref="Start"/> and <see cref="End"/> are the first and last day of that span. Seasons follow the northern
/// meteorological seasons: spring (<c>21</c>) is March–May, summer (<c>22</c>) June–August, autumn (<c>23</c>)
/// September–November and winter (<c>24</c>) December to the end of February of the next year. An unknown interval end
/// (<c>/2006</c>, <c>2004-06-01/</c>) bounds nothing, so its side of the span is unbounded like an open end's.
/// </para>
/// <para>
/// Years run over NodaTime's ISO calendar, -9998 to 9999, with year 0000 (1 BCE) and negative years written with four
/// digits and a sign (<c>-0044</c>). A date-time (<c>2001-02-03T09:30:01</c>, with <c>Z</c> or an offset) is read as
/// its day: the time and offset are checked, then dropped, so it formats as <c>2001-02-03</c>.
/// </para>
/// <para>
/// Values order by span: first by <see cref="Start"/>, then by <see cref="End"/> (so a day sorts before the
/// month that begins with it), then by shape and qualifiers, which keeps ordering consistent with equality.
/// </para>
/// <para>
/// <see cref="Overlaps(PartialDate)"/> is true when the two spans share at least one day — "2015" overlaps
/// "2015-06" — because a partial date says only that the thing happened somewhere within its span.
/// <see cref="Contains(PartialDate)"/> is true when the other span lies wholly inside this one.
/// </para>
/// <para>
/// The text form is EDTF (ISO 8601-2, levels 0 and 1); see <see cref="Parse(string)"/>. It is canonical: formatting a
/// value and parsing the text gives an equal value.
/// </para>
/// </remarks>
public readonly struct PartialDate :
    IEquatable<PartialDate>,
    IComparable<PartialDate>,
    IComparable,
    ISpanParsable<PartialDate>,
    ISpanFormattable,
    IComparisonOperators<PartialDate, PartialDate, bool>
{
    private readonly DatePoint _start;
    private readonly DatePoint _end;
    private readonly bool _isInterval;

    private PartialDate(DatePoint start, DatePoint end, bool isInterval)
    {
        _start = start;
        _end = end;
        _isInterval = isInterval;
    }

    private PartialDate(DatePoint point)
        : this(point, point, isInterval: false)
    {
    }

    /// <summary>Gets the first day of the span this date stands for (<see cref="LocalDate.MinIsoValue"/> when the start is open).</summary>
    public LocalDate Start => DayNumber.ToDate(StartDay);

    /// <summary>Gets the last day of the span this date stands for (<see cref="LocalDate.MaxIsoValue"/> when the end is open).</summary>
    public LocalDate End => DayNumber.ToDate(EndDay);

    /// <summary>Gets the precision of the start (for a single date, of the date itself).</summary>
    public DatePrecision Precision => Normalized(_start).Precision;

    /// <summary>Gets the precision of the end; equals <see cref="Precision"/> for a single date.</summary>
    public DatePrecision EndPrecision => _isInterval ? _end.Precision : Precision;

    /// <summary>Gets the qualifier of the start (for a single date, of the date itself).</summary>
    public DateQualifier Qualifier => _start.Qualifier;

    /// <summary>Gets the qualifier of the end; equals <see cref="Qualifier"/> for a single date.</summary>
    public DateQualifier EndQualifier => _isInterval ? _end.Qualifier : _start.Qualifier;

    /// <summary>Gets whether this is an interval (<c>start/end</c>) rather than a single date.</summary>
    public bool IsInterval => _isInterval;

    /// <summary>
    /// Gets whether the interval's start is unbounded: open (<c>../end</c>) or unknown (<c>/end</c>, see
    /// <see cref="HasUnknownStart"/>). <see cref="Start"/> is then <see cref="LocalDate.MinIsoValue"/>.
    /// </summary>
    public bool HasOpenStart => _isInterval && _start.IsUnbounded;

    /// <summary>
    /// Gets whether the interval's end is unbounded: open (<c>start/..</c>, as in "since 2012") or unknown
    /// (<c>start/</c>, see <see cref="HasUnknownEnd"/>). <see cref="End"/> is then <see cref="LocalDate.MaxIsoValue"/>.
    /// </summary>
    public bool HasOpenEnd => _isInterval && _end.IsUnbounded;

    /// <summary>Gets whether the interval's start is unknown (<c>/end</c>): it began, but when is not known.</summary>
    public bool HasUnknownStart => _isInterval && _start.Precision == DatePrecision.Unknown;

    /// <summary>Gets whether the interval's end is unknown (<c>start/</c>): it ended, but when is not known.</summary>
    public bool HasUnknownEnd => _isInterval && _end.Precision == DatePrecision.Unknown;

    /// <summary>Gets whether either end is approximate or uncertain.</summary>
    public bool IsQualified => Qualifier != DateQualifier.None || EndQualifier != DateQualifier.None;

    /// <summary>Gets the number of days in the span, or <see langword="null"/> when an end is open or unknown.</summary>
    public int? DayCount => HasOpenStart || HasOpenEnd ? null : Period.DaysBetween(Start, End) + 1;

    // default(PartialDate) must behave as a valid value: the day 0001-01-01.
    private static LocalDate DefaultDay => new(1, 1, 1);

    /// <summary>Creates a date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist.</exception>
    [Pure]
    public static PartialDate Day(int year, int month, int day) => new(DatePoint.Day(Preconditions.ValidDay(year, month, day)));

    /// <summary>Creates a date known to the day.</summary>
    [Pure]
    public static PartialDate FromDate(LocalDate date) => new(DatePoint.Day(Preconditions.IsoCalendar(date)));

    /// <summary>Creates a date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month does not exist.</exception>
    [Pure]
    public static PartialDate Month(int year, int month) => new(DatePoint.Month(Preconditions.ValidMonth(year, month)));

    /// <summary>Creates a date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside NodaTime's ISO calendar, -9998–9999.</exception>
    [Pure]
    public static PartialDate Year(int year) => new(DatePoint.Year(Preconditions.ValidYear(year)));

    /// <summary>Creates a date known to the decade, e.g. <c>Decade(1970)</c> for "the 1970s" (<c>197X</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not the first of a decade.</exception>
    [Pure]
    public static PartialDate Decade(int firstYear) => new(DatePoint.Decade(Preconditions.ValidDecade(firstYear)));

    /// <summary>Creates a date known to the century, e.g. <c>Century(1900)</c> for 1900–1999 (<c>19XX</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not the first of a century within 0–9999.</exception>
    [Pure]
    public static PartialDate Century(int firstYear) => new(DatePoint.Century(Preconditions.ValidCentury(firstYear)));

    /// <summary>Creates the interval from <paramref name="start"/> to <paramref name="end"/>, both single dates.</summary>
    /// <exception cref="ArgumentException">Either end is itself an interval, or the end begins before the start.</exception>
    [Pure]
    public static PartialDate Between(PartialDate start, PartialDate end)
    {
        Preconditions.SingleDate(start, nameof(start));
        Preconditions.SingleDate(end, nameof(end));
        Preconditions.EndNotBeforeStart(start._start, end._start);
        return new(start._start, end._start, isInterval: true);
    }

    /// <summary>Creates the interval of days <paramref name="firstDay"/>–<paramref name="lastDay"/> of one month, e.g. "19-21 June 2014".</summary>
    [Pure]
    public static PartialDate DayRange(int year, int month, int firstDay, int lastDay) =>
        Between(Day(year, month, firstDay), Day(year, month, lastDay));

    /// <summary>Creates the interval of whole years <paramref name="firstYear"/>–<paramref name="lastYear"/>, e.g. a plan for 2016–2020.</summary>
    [Pure]
    public static PartialDate Years(int firstYear, int lastYear) => Between(Year(firstYear), Year(lastYear));

    /// <summary>Creates an interval that starts at <paramref name="start"/> and has not ended, e.g. "since 2012".</summary>
    [Pure]
    public static PartialDate Since(PartialDate start)
    {
        Preconditions.SingleDate(start, nameof(start));
        return new(start._start, DatePoint.OpenEnd, isInterval: true);
    }

    /// <summary>Creates an interval with no known start that ends at <paramref name="end"/>.</summary>
    [Pure]
    public static PartialDate Until(PartialDate end)
    {
        Preconditions.SingleDate(end, nameof(end));
        return new(DatePoint.OpenStart, end._start, isInterval: true);
    }

    /// <summary>Returns this date marked approximate (<c>~</c>) at every closed end, e.g. "early 2016".</summary>
    [Pure]
    public PartialDate Approximately() => WithQualifier(DateQualifier.Approximate);

    /// <summary>Returns this date with <paramref name="qualifier"/> at every closed end.</summary>
    [Pure]
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        var start = Normalized(_start);
        return _isInterval
            ? new(Qualify(start, qualifier), Qualify(_end, qualifier), isInterval: true)
            : new(Qualify(start, qualifier));

        static DatePoint Qualify(DatePoint point, DateQualifier qualifier) => point.IsUnbounded ? point : point with { Qualifier = qualifier };
    }

    /// <summary>Returns whether the spans of the two dates share at least one day.</summary>
    [Pure]
    public bool Overlaps(PartialDate other) => StartDay <= other.EndDay && other.StartDay <= EndDay;

    /// <summary>Returns whether the span of this date shares at least one day with <paramref name="interval"/>.</summary>
    [Pure]
    public bool Overlaps(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return StartDay <= DayNumber.Packed(Preconditions.IsoCalendar(interval.End)) && DayNumber.Packed(interval.Start) <= EndDay;
    }

    /// <summary>Returns whether the span of <paramref name="other"/> lies wholly within the span of this date.</summary>
    [Pure]
    public bool Contains(PartialDate other) => StartDay <= other.StartDay && other.EndDay <= EndDay;

    /// <summary>Returns whether <paramref name="date"/> falls within the span of this date.</summary>
    [Pure]
    public bool Contains(LocalDate date)
    {
        var day = DayNumber.Packed(Preconditions.IsoCalendar(date));
        return StartDay <= day && day <= EndDay;
    }

    /// <summary>Returns the span as a NodaTime <see cref="DateInterval"/> (allocates; open ends become the ISO extremes).</summary>
    [Pure]
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>
    /// Parses the EDTF text form (ISO 8601-2 levels 0 and 1); <c>docs/data-format.md</c> lists every form with an example.
    /// </summary>
    /// <remarks>
    /// A single date is <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> (also <c>-YYYY</c>), a season
    /// <c>YYYY-21</c>…<c>YYYY-24</c>, a date-time <c>YYYY-MM-DDThh:mm:ss</c> with an optional <c>Z</c> or offset, or one
    /// with unspecified digits: <c>YYYX</c>, <c>YYXX</c>, <c>YYYY-XX</c>, <c>YYYY-MM-XX</c>, <c>YYYY-XX-XX</c>. Each but
    /// a date-time may end in <c>?</c> (uncertain), <c>~</c> (approximate) or <c>%</c> (both). An interval is
    /// <c>start/end</c> of two such dates, never date-times, where either end may be <c>..</c> (open) or nothing
    /// (unknown), but not both. EDTF's <c>Y</c> prefix is only for years of more than four digits (<c>Y170000002</c>),
    /// all of them outside NodaTime's years, so such a year is rejected with a message that says so.
    /// </remarks>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">The text is not a valid date in this form; the message says where and why.</exception>
    [Pure]
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses the EDTF text form; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">The text is not a valid date in this form; the message says where and why.</exception>
    [Pure]
    public static PartialDate Parse(ReadOnlySpan<char> text) =>
        PartialDateText.TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>Parses the EDTF text form without throwing; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The date, when parsing succeeds.</param>
    /// <returns>Whether <paramref name="text"/> was a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value) => TryParse(text.AsSpan(), out value);

    /// <summary>Parses the EDTF text form without throwing; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The date, when parsing succeeds.</param>
    /// <returns>Whether <paramref name="text"/> was a valid date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value) => PartialDateText.TryParse(text, out value, out _);

    /// <summary>Parses the EDTF text form, reporting why it failed.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The date, when parsing succeeds.</param>
    /// <param name="error">A plain message saying what is wrong and where, when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> was a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value, [NotNullWhen(false)] out string? error) =>
        PartialDateText.TryParse(text.AsSpan(), out value, out error);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: the EDTF text form does not depend on culture.</param>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out PartialDate)"/>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: the EDTF text form does not depend on culture.</param>
    /// <param name="result">The date, when parsing succeeds.</param>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: the EDTF text form does not depend on culture.</param>
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PartialDate)"/>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: the EDTF text form does not depend on culture.</param>
    /// <param name="result">The date, when parsing succeeds.</param>
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Gets <see cref="Start"/> packed (<see cref="DayNumber.Packed(int, int, int)"/>), for comparing without making a <see cref="LocalDate"/>.</summary>
    internal int StartDay => Normalized(_start).FirstDay;

    /// <summary>Gets <see cref="End"/> packed.</summary>
    internal int EndDay => _isInterval ? _end.LastDay : Normalized(_start).LastDay;

    /// <summary>Gets the start as stored (for a single date, the date itself), for the compact data form.</summary>
    internal DatePoint StartPoint => _start;

    /// <summary>Gets the end as stored (for a single date, the same as <see cref="StartPoint"/>).</summary>
    internal DatePoint EndPoint => _end;

    // One constructor for both shapes (a single date's end is its start), so reading a date compiles one.
    internal static PartialDate FromPoints(DatePoint start, DatePoint end, bool isInterval) =>
        new(start, isInterval ? end : start, isInterval);

    /// <summary>Formats the date in its EDTF text form, e.g. <c>2014-06-19/2014-06-21</c> or <c>2016~</c>.</summary>
    public override string ToString() => PartialDateText.Format(Normalized(_start), _end, _isInterval);

    /// <summary>Formats the date in its EDTF text form; the only format is the EDTF one, named <c>null</c>, empty or <c>"E"</c>.</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>"E"</c>.</param>
    /// <param name="formatProvider">Ignored: the EDTF text form does not depend on culture.</param>
    /// <exception cref="FormatException"><paramref name="format"/> names another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the EDTF text form into <paramref name="destination"/>; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">Where to write the text.</param>
    /// <param name="charsWritten">How many characters were written; 0 when <paramref name="destination"/> is too short.</param>
    /// <param name="format">Empty or <c>"E"</c>.</param>
    /// <param name="provider">Ignored: the EDTF text form does not depend on culture.</param>
    /// <returns>Whether the whole text fitted into <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> names another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        var text = ToString();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("E"))
        {
            throw new FormatException($"'{format}' is not a format of {nameof(PartialDate)}: its only format is EDTF, named \"E\" or left empty.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        Normalized(_start) == Normalized(other._start) && _isInterval == other._isInterval && (!_isInterval || _end == other._end);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Normalized(_start), _isInterval, _isInterval ? _end : default);

    /// <summary>Orders by span (start, then end), then by shape and qualifiers.</summary>
    public int CompareTo(PartialDate other)
    {
        var result = StartDay.CompareTo(other.StartDay);
        if (result == 0) result = EndDay.CompareTo(other.EndDay);
        if (result == 0) result = _isInterval.CompareTo(other._isInterval);
        if (result == 0) result = Precision.CompareTo(other.Precision);
        if (result == 0) result = EndPrecision.CompareTo(other.EndPrecision);
        if (result == 0) result = Qualifier.CompareTo(other.Qualifier);
        if (result == 0) result = EndQualifier.CompareTo(other.EndQualifier);
        return result;
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>Compares by value.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares by value.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders by span.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by span.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by span.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by span.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    // A default-initialised struct has a zeroed point; read it as the day 0001-01-01.
    private static DatePoint Normalized(DatePoint point) => point.Precision == 0 ? DatePoint.Day(DefaultDay) : point;
}
