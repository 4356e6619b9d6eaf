using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace AseanUn.Dates;

/// <summary>The EDTF (ISO 8601-2 levels 0–1) text form of <see cref="PartialDate"/>: parsing and formatting.</summary>
internal static class PartialDateText
{
    private const string OpenMarker = "..";

    public static string Format(DatePoint start, DatePoint end, bool isInterval) =>
        isInterval ? Format(start) + "/" + Format(end) : Format(start);

    public static string Format(DatePoint point)
    {
        var date = point.First;
        var body = point.Precision switch
        {
            DatePrecision.Open => OpenMarker,
            DatePrecision.Day => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => date.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
            DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Decade => date.ToString("yyyy", CultureInfo.InvariantCulture)[..3] + "X",
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

    public static bool TryParse(string? text, out PartialDate value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "A date is required, but the text is empty.";
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParsePoint(text, 0, text.Length, allowOpen: false, out var point, out error))
            {
                error = Describe(text, error);
                return false;
            }

            value = PartialDate.FromPoints(point, point, isInterval: false);
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = Describe(text, $"an interval has exactly one '/', but another follows at position {text.IndexOf('/', slash + 1) + 1}");
            return false;
        }

        if (!TryParsePoint(text, 0, slash, allowOpen: true, out var start, out error)
            || !TryParsePoint(text, slash + 1, text.Length, allowOpen: true, out var end, out error))
        {
            error = Describe(text, error);
            return false;
        }

        if (start.IsOpen && end.IsOpen)
        {
            error = Describe(text, "an interval needs at least one closed end");
            return false;
        }

        start = start.IsOpen ? DatePoint.OpenStart : start;
        end = end.IsOpen ? DatePoint.OpenEnd : end;
        if (!start.IsOpen && !end.IsOpen && (end.First < start.First || end.Last < start.Last))
        {
            error = Describe(text, $"the end {Format(end)} comes before the start {Format(start)}");
            return false;
        }

        value = PartialDate.FromPoints(start, end, isInterval: true);
        return true;
    }

    private static string Describe(string text, string reason) => $"'{text}' is not a valid EDTF date: {reason}.";

    // Parses text[from..to) as one date; positions in messages are 1-based within the whole text.
    private static bool TryParsePoint(string text, int from, int to, bool allowOpen, out DatePoint point, [NotNullWhen(false)] out string? error)
    {
        point = default;
        var part = text.AsSpan(from, to - from);
        if (part.SequenceEqual(OpenMarker))
        {
            if (allowOpen)
            {
                point = DatePoint.OpenEnd;
                error = null;
                return true;
            }

            error = "'..' (open) is only allowed as one end of an interval";
            return false;
        }

        var qualifier = DateQualifier.None;
        if (part.Length > 0 && QualifierOf(part[^1]) is { } q)
        {
            qualifier = q;
            part = part[..^1];
        }

        if (part.Length == 0)
        {
            error = $"expected a year at position {from + 1}";
            return false;
        }

        if (part.Length == 4 && part[3] == 'X' && AllDigits(part[..3]))
        {
            var decade = int.Parse(part[..3], NumberStyles.None, CultureInfo.InvariantCulture) * 10;
            if (decade < Preconditions.MinYear)
            {
                error = $"the decade {part.ToString()} is before year {Preconditions.MinYear}";
                return false;
            }

            point = DatePoint.Decade(decade) with { Qualifier = qualifier };
            error = null;
            return true;
        }

        if (!TryDigits(part, 0, 4, from, "a four-digit year", out var year, out error))
        {
            return false;
        }

        if (year < Preconditions.MinYear)
        {
            error = $"year 0000 is outside {Preconditions.MinYear}–{Preconditions.MaxYear}";
            return false;
        }

        if (part.Length == 4)
        {
            point = DatePoint.Year(year) with { Qualifier = qualifier };
            return true;
        }

        if (!TrySeparator(part, 4, from, out error) || !TryDigits(part, 5, 2, from, "a two-digit month", out var month, out error))
        {
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"month {month:00} at position {from + 6} does not exist (months are 01–12)";
            return false;
        }

        if (part.Length == 7)
        {
            point = DatePoint.Month(new YearMonth(year, month)) with { Qualifier = qualifier };
            return true;
        }

        if (!TrySeparator(part, 7, from, out error) || !TryDigits(part, 8, 2, from, "a two-digit day", out var day, out error))
        {
            return false;
        }

        if (part.Length != 10)
        {
            error = $"unexpected '{part[10]}' at position {from + 11}";
            return false;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = $"day {day:00} at position {from + 9} does not exist in {year:0000}-{month:00}, which has {days} days";
            return false;
        }

        point = DatePoint.Day(new LocalDate(year, month, day)) with { Qualifier = qualifier };
        return true;
    }

    private static DateQualifier? QualifierOf(char c) => c switch
    {
        '?' => DateQualifier.Uncertain,
        '~' => DateQualifier.Approximate,
        '%' => DateQualifier.Uncertain | DateQualifier.Approximate,
        _ => null,
    };

    private static bool TrySeparator(ReadOnlySpan<char> part, int index, int offset, [NotNullWhen(false)] out string? error)
    {
        if (index < part.Length && part[index] == '-')
        {
            error = null;
            return true;
        }

        error = index < part.Length
            ? $"expected '-' at position {offset + index + 1} but found '{part[index]}'"
            : $"expected '-' at position {offset + index + 1} but the date ends";
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> part, int index, int count, int offset, string what, out int value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        if (part.Length < index + count || !AllDigits(part.Slice(index, count)))
        {
            error = $"expected {what} at position {offset + index + 1}";
            return false;
        }

        value = int.Parse(part.Slice(index, count), NumberStyles.None, CultureInfo.InvariantCulture);
        error = null;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
