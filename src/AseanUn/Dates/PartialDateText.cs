using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AseanUn.Rules;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>The EDTF (ISO 8601-2 levels 0 and 1) text form of <see cref="PartialDate"/>: parsing and formatting.</summary>
/// <remarks>Positions in messages are 1-based and count characters of the whole text, so they point into what the user wrote.</remarks>
internal static class PartialDateText
{
    private const string OpenMarker = "..";

    // EDTF level 1 seasons: 21 spring, 22 summer, 23 autumn, 24 winter; spring begins in March.
    private const int FirstSeason = 21;
    private const int LastSeason = 24;
    private const int FirstSeasonMonth = 3;

    public static string Format(DatePoint start, DatePoint end, bool isInterval) =>
        isInterval ? Format(start) + "/" + Format(end) : Format(start);

    public static string Format(DatePoint point)
    {
        var date = point.First;
        var year = CalendarRules.YearText(date.Year);
        var body = point.Precision switch
        {
            DatePrecision.Open => OpenMarker,
            DatePrecision.Unknown => "",
            DatePrecision.Day => year + "-" + Two(date.Month) + "-" + Two(date.Day),
            DatePrecision.Month => year + "-" + Two(date.Month),
            DatePrecision.Year => year,
            DatePrecision.Decade => year[..3] + "X",
            DatePrecision.Century => year[..2] + "XX",
            DatePrecision.Season => year + "-" + Two(FirstSeason + ((date.Month - FirstSeasonMonth) / 3)),
            DatePrecision.UnspecifiedDay => year + "-" + Two(date.Month) + "-XX",
            DatePrecision.UnspecifiedMonth => year + "-XX",
            DatePrecision.UnspecifiedMonthAndDay => year + "-XX-XX",
            _ => throw new InvalidOperationException($"Unknown precision {point.Precision}."),
        };
        return body + point.Qualifier switch
        {
            DateQualifier.Uncertain => "?",
            DateQualifier.Approximate => "~",
            DateQualifier.Uncertain | DateQualifier.Approximate => "%",
            _ => "",
        };
    }

    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (text.IsEmpty)
        {
            error = "A date is required, but the text is empty.";
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParsePoint(text, 0, text.Length, isIntervalEnd: false, out var point, out error))
            {
                error = Describe(text, error);
                return false;
            }

            value = PartialDate.FromPoints(point, point, isInterval: false);
            return true;
        }

        var second = text[(slash + 1)..].IndexOf('/');
        if (second >= 0)
        {
            error = Describe(text, $"an interval has exactly one '/', but another follows at position {slash + second + 2}");
            return false;
        }

        if (!TryParsePoint(text, 0, slash, isIntervalEnd: true, out var start, out error)
            || !TryParsePoint(text, slash + 1, text.Length, isIntervalEnd: true, out var end, out error))
        {
            error = Describe(text, error);
            return false;
        }

        if (start.IsUnbounded && end.IsUnbounded)
        {
            error = Describe(text, "an interval needs at least one closed end: a date, not '..' (open) or nothing (unknown) on both sides");
            return false;
        }

        start = start.IsUnbounded ? (start.Precision == DatePrecision.Open ? DatePoint.OpenStart : DatePoint.UnknownStart) : start;
        if (!start.IsUnbounded && !end.IsUnbounded && IntervalProblem(start, end) is { } reversed)
        {
            error = Describe(text, reversed);
            return false;
        }

        value = PartialDate.FromPoints(start, end, isInterval: true);
        return true;
    }

    /// <summary>Describes why no interval may run from <paramref name="start"/> to <paramref name="end"/>, both closed, or returns <see langword="null"/>.</summary>
    public static string? IntervalProblem(DatePoint start, DatePoint end)
    {
        // Both ends are formatted only for a reversed interval, so that building a valid one allocates no text.
        long startFirst = SortableDay(start.FirstDay), endFirst = SortableDay(end.FirstDay);
        return CalendarRules.IsReversed(startFirst, endFirst)
            ? CalendarRules.IntervalProblem(startFirst, endFirst, SortableDay(end.LastDay), Format(start), Format(end))
            : null;
    }

    private static long SortableDay(int packed) => CalendarRules.DayNumber(DayNumber.Year(packed), DayNumber.Month(packed), DayNumber.Day(packed));

    // The text is repeated cut and escaped: it may be megabytes long or hold characters that restyle a terminal.
    private static string Describe(ReadOnlySpan<char> text, string reason) => $"'{ReadableText.Of(text)}' is not a valid EDTF date: {reason}.";

    private static string Two(int number) => number.ToString("00", CultureInfo.InvariantCulture);

    // Parses text[from..to) as one date; an interval end may also be '..' (open) or empty (unknown).
    private static bool TryParsePoint(ReadOnlySpan<char> text, int from, int to, bool isIntervalEnd, out DatePoint point, [NotNullWhen(false)] out string? error)
    {
        point = default;
        var part = text[from..to];
        if (part.IsEmpty && isIntervalEnd)
        {
            point = DatePoint.UnknownEnd;
            error = null;
            return true;
        }

        if (part.SequenceEqual(OpenMarker))
        {
            point = DatePoint.OpenEnd;
            error = isIntervalEnd ? null : "'..' (open) is only allowed as one end of an interval";
            return isIntervalEnd;
        }

        var qualifier = DateQualifier.None;
        if (part.Length > 0 && QualifierOf(part[^1]) is { } q)
        {
            qualifier = q;
            part = part[..^1];
            if (part.Length > 0 && QualifierOf(part[^1]) is not null)
            {
                error = $"a date ends in at most one qualifier ('?', '~' or '%'), but '{part[^1]}' at position {from + part.Length} is followed by another";
                return false;
            }
        }

        if (part.IsEmpty)
        {
            error = $"expected a year at position {from + 1}";
            return false;
        }

        // EDTF intervals join dates, never date-times (level 0 excludes the time of day from intervals).
        var reader = new Reader(part, from, allowsTime: !isIntervalEnd);
        if (!reader.TryDate(out point, out error))
        {
            return false;
        }

        // Level 1 qualifies dates only; a date-time takes no qualifier.
        if (qualifier != DateQualifier.None && reader.HasTime)
        {
            error = $"a qualifier ('?', '~' or '%') applies to a date, not to a date-time, but '{text[from + part.Length]}' follows the time at position {from + part.Length + 1}";
            return false;
        }

        point = point with { Qualifier = qualifier };
        return true;
    }

    private static DateQualifier? QualifierOf(char c) => c switch
    {
        '?' => DateQualifier.Uncertain,
        '~' => DateQualifier.Approximate,
        '%' => DateQualifier.Uncertain | DateQualifier.Approximate,
        _ => null,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Reads one date (no qualifier, no interval) from left to right, knowing where in the whole text it is.</summary>
    private ref struct Reader(ReadOnlySpan<char> part, int offset, bool allowsTime)
    {
        private readonly ReadOnlySpan<char> _part = part;
        private int _index;

        /// <summary>Gets whether the date read was a date-time.</summary>
        public bool HasTime { get; private set; }

        // 1-based position in the whole text of the character at index.
        private readonly int Position(int index) => offset + index + 1;

        private readonly bool AtEnd => _index >= _part.Length;

        public bool TryDate(out DatePoint point, [NotNullWhen(false)] out string? error)
        {
            point = default;
            if (_part[0] == 'Y')
            {
                return TryLetterYear(out point, out error);
            }

            var negative = _part[0] == '-';
            var yearStart = negative ? 1 : 0;
            _index = yearStart;
            if (_part.Length < yearStart + 4)
            {
                error = $"expected a four-digit year at position {Position(yearStart)}";
                return false;
            }

            var digits = _part.Slice(yearStart, 4);
            var unspecified = digits.Length - digits.TrimEnd('X').Length;
            if (unspecified > 0 || digits.Contains('X'))
            {
                return TryUnspecifiedYear(digits, unspecified, negative, out point, out error);
            }

            if (!AllDigits(digits))
            {
                error = $"expected a four-digit year at position {Position(yearStart)}";
                return false;
            }

            _index = yearStart + 4;
            if (!AtEnd && IsDigit(_part[_index]))
            {
                error = $"a year has four digits, but a fifth follows at position {Position(_index)}; EDTF writes longer years with 'Y' ('Y12345'), but they lie outside {CalendarRules.MinYear}–{CalendarRules.MaxYear}, the years NodaTime's calendar holds";
                return false;
            }

            var year = Number(digits);
            if (negative && year == 0)
            {
                error = $"year 0 is written 0000, without a sign (position {Position(0)})";
                return false;
            }

            year = negative ? -year : year;
            if (CalendarRules.YearProblem(year) is { } yearProblem)
            {
                error = $"{yearProblem}, the years NodaTime's calendar holds (position {Position(0)})";
                return false;
            }

            if (AtEnd)
            {
                point = DatePoint.Year(year);
                error = null;
                return true;
            }

            return TryAfterYear(year, out point, out error);
        }

        private bool TryAfterYear(int year, out DatePoint point, [NotNullWhen(false)] out string? error)
        {
            point = default;
            if (!TrySeparator(out error))
            {
                return false;
            }

            var monthAt = _index;
            if (TryUnspecifiedPair())
            {
                if (AtEnd)
                {
                    point = DatePoint.Year(year, DatePrecision.UnspecifiedMonth);
                    return true;
                }

                if (!TrySeparator(out error))
                {
                    return false;
                }

                if (!TryUnspecifiedPair())
                {
                    error = $"after an unspecified month the day must be unspecified too ('XX') at position {Position(_index)}";
                    return false;
                }

                point = DatePoint.Year(year, DatePrecision.UnspecifiedMonthAndDay);
                return TryEnd(out error);
            }

            if (!TryTwoDigits("a two-digit month", out var month, out error))
            {
                return false;
            }

            if (month is >= FirstSeason and <= LastSeason)
            {
                if (month == LastSeason && year == CalendarRules.MaxYear)
                {
                    error = $"winter {year} (position {Position(monthAt)}) runs into year {year + 1}, beyond the years NodaTime's calendar holds";
                    return false;
                }

                point = DatePoint.Season(year, month);
                return TryEnd(out error);
            }

            if (CalendarRules.MonthProblem(month) is not null)
            {
                error = $"month {month:00} at position {Position(monthAt)} does not exist (months are 01–12, seasons 21–24)";
                return false;
            }

            var yearMonth = new YearMonth(year, month);
            if (AtEnd)
            {
                point = DatePoint.Month(yearMonth);
                return true;
            }

            if (!TrySeparator(out error))
            {
                return false;
            }

            var dayAt = _index;
            if (TryUnspecifiedPair())
            {
                point = DatePoint.Month(yearMonth, DatePrecision.UnspecifiedDay);
                return TryEnd(out error);
            }

            if (!TryTwoDigits("a two-digit day", out var day, out error))
            {
                return false;
            }

            if (CalendarRules.DayProblem(year, month, day) is not null)
            {
                error = $"day {day:00} at position {Position(dayAt)} does not exist in {CalendarRules.YearText(year)}-{month:00}, which has {CalendarRules.DaysInMonth(year, month)} days";
                return false;
            }

            point = DatePoint.Day(new LocalDate(year, month, day));
            return AtEnd || TryTime(out error);
        }

        // Unspecified last digits of a year: 197X (a decade) or 19XX (a century); nothing may follow them in level 1.
        private bool TryUnspecifiedYear(ReadOnlySpan<char> digits, int unspecified, bool negative, out DatePoint point, [NotNullWhen(false)] out string? error)
        {
            point = default;
            var yearStart = negative ? 1 : 0;
            var known = digits[..^unspecified];
            if (unspecified is 0 or > 2 || !AllDigits(known))
            {
                var at = digits.IndexOf('X');
                error = unspecified > 2
                    ? $"only the last one or two digits of a year may be unspecified ('X'), but the X at position {Position(yearStart + at)} is the {Ordinal(at + 1)}"
                    : $"expected a digit at position {Position(yearStart + FirstNonDigit(known))}; only the last one or two digits of a year may be 'X'";
                return false;
            }

            if (negative)
            {
                error = $"a negative year cannot have unspecified digits ('X' at position {Position(yearStart + known.Length)})";
                return false;
            }

            _index = yearStart + 4;
            if (!AtEnd)
            {
                error = $"nothing may follow a year with unspecified digits, but '{_part[_index]}' does at position {Position(_index)}";
                return false;
            }

            var firstYear = Number(known) * (unspecified == 1 ? 10 : 100);
            point = unspecified == 1 ? DatePoint.Decade(firstYear) : DatePoint.Century(firstYear);
            error = null;
            return true;
        }

        // A year written with a leading 'Y': EDTF level 1 allows it only for years of more than four digits (after 9999,
        // before -9999), a whole year with nothing after it. Every such year lies outside NodaTime's calendar.
        private bool TryLetterYear(out DatePoint point, [NotNullWhen(false)] out string? error)
        {
            point = default;
            _index = 1;
            var negative = !AtEnd && _part[_index] == '-';
            if (negative)
            {
                _index++;
            }

            var digitsStart = _index;
            while (!AtEnd && IsDigit(_part[_index]))
            {
                _index++;
            }

            if (_index == digitsStart)
            {
                error = $"expected the digits of a year after 'Y' at position {Position(digitsStart)}";
                return false;
            }

            if (!AtEnd)
            {
                error = $"a year written with 'Y' stands alone, but '{_part[_index]}' follows at position {Position(_index)}";
                return false;
            }

            // The value decides, not the digits written: leading zeros do not make a year long.
            var significant = _part[digitsStart.._index].TrimStart('0');
            var sign = negative && !significant.IsEmpty ? "-" : "";
            if (significant.Length <= 4)
            {
                var year = Number(significant) * (negative ? -1 : 1);
                error = $"'Y' (position {Position(0)}) marks a year of more than four digits, after 9999 or before -9999; write year {year} as '{CalendarRules.YearText(year)}'";
                return false;
            }

            error = $"year {sign}{ReadableText.Of(significant)} at position {Position(0)} is outside {CalendarRules.MinYear}–{CalendarRules.MaxYear}, the years NodaTime's calendar holds";
            return false;
        }

        // A time of day after a full date: Thh:mm:ss, then optionally Z or an offset ±hh or ±hh:mm. It is checked, then dropped.
        private bool TryTime([NotNullWhen(false)] out string? error)
        {
            if (_part[_index] != 'T')
            {
                error = $"unexpected '{_part[_index]}' at position {Position(_index)}; a day may be followed only by a time ('T') or a qualifier";
                return false;
            }

            if (!allowsTime)
            {
                error = $"an interval joins dates, not date-times, but a time ('T') follows the day at position {Position(_index)}";
                return false;
            }

            HasTime = true;
            _index++;
            if (!TryClock("hour", 23, out error) || !TryColon(out error) || !TryClock("minute", 59, out error)
                || !TryColon(out error) || !TryClock("second", 59, out error))
            {
                return false;
            }

            if (AtEnd)
            {
                return true;
            }

            if (_part[_index] == 'Z')
            {
                _index++;
                return TryEnd(out error);
            }

            if (_part[_index] is not ('+' or '-'))
            {
                error = $"unexpected '{_part[_index]}' at position {Position(_index)}; a time may be followed only by 'Z' or an offset such as '+05:00'";
                return false;
            }

            _index++;
            if (!TryClock("offset hour", 14, out error))
            {
                return false;
            }

            if (!AtEnd && (!TryColon(out error) || !TryClock("offset minute", 59, out error)))
            {
                return false;
            }

            return TryEnd(out error);
        }

        private bool TryClock(string what, int max, [NotNullWhen(false)] out string? error)
        {
            var at = _index;
            if (!TryTwoDigits($"a two-digit {what}", out var value, out error))
            {
                return false;
            }

            error = value <= max ? null : $"{what} {value:00} at position {Position(at)} does not exist ({what}s are 00–{max:00})";
            return error is null;
        }

        private bool TryColon([NotNullWhen(false)] out string? error) => TryChar(':', out error);

        private bool TrySeparator([NotNullWhen(false)] out string? error) => TryChar('-', out error);

        private bool TryChar(char expected, [NotNullWhen(false)] out string? error)
        {
            if (!AtEnd && _part[_index] == expected)
            {
                _index++;
                error = null;
                return true;
            }

            error = AtEnd
                ? $"expected '{expected}' at position {Position(_index)} but the date ends"
                : $"expected '{expected}' at position {Position(_index)} but found '{_part[_index]}'";
            return false;
        }

        private bool TryUnspecifiedPair()
        {
            if (_index + 2 <= _part.Length && _part[_index] == 'X' && _part[_index + 1] == 'X')
            {
                _index += 2;
                return true;
            }

            return false;
        }

        private bool TryTwoDigits(string what, out int value, [NotNullWhen(false)] out string? error)
        {
            value = 0;
            if (_index + 2 > _part.Length || !AllDigits(_part.Slice(_index, 2)))
            {
                error = $"expected {what} at position {Position(_index)}";
                return false;
            }

            value = Number(_part.Slice(_index, 2));
            _index += 2;
            error = null;
            return true;
        }

        private readonly bool TryEnd([NotNullWhen(false)] out string? error)
        {
            error = AtEnd ? null : $"unexpected '{_part[_index]}' at position {Position(_index)}";
            return error is null;
        }

        private static int FirstNonDigit(ReadOnlySpan<char> span)
        {
            var i = 0;
            while (i < span.Length && IsDigit(span[i]))
            {
                i++;
            }

            return i;
        }

        private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits) =>
        digits.IsEmpty ? 0 : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
