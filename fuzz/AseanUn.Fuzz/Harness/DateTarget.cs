using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Dates;
using AseanUn.Rules;

namespace AseanUn.Fuzz;

/// <summary>
/// Fuzzes <see cref="PartialDate"/>'s text form. Invariants: parsing never throws anything but the documented
/// <see cref="FormatException"/>; Parse and TryParse, string and span, agree; a rejection names the text; an accepted
/// date spans forwards and its canonical text parses back to an equal value that formats the same.
/// </summary>
public sealed class DateTarget : IFuzzTarget
{
    /// <inheritdoc/>
    public string Name => "dates";

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Seeds { get; } = FuzzInputs.Utf8(
        "2011-11-19", "2011-03", "1977", "0000", "-0044", "197X", "19XX", "1999-XX", "1999-01-XX", "1999-XX-XX",
        "2001-21", "2010-24", "Y170000002", "2001-02-03T09:30:01+05:00", "2004-01-01T10:10:10Z", "2014-06-19/2014-06-21",
        "2012/..", "../2015-07", "/2006", "2004-06-01/", "2016~", "2016?/2020%", "1984-06-02?/2004-08-08~");

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Tokens { get; } = FuzzInputs.Utf8(
        "X", "XX", "-", "/", "..", "?", "~", "%", "T", ":", "Z", "+05:00", "-04", "Y", "Y-", "-21", "-24", "0000", "9999",
        "-9998", "-9999", "2016", "-02-29", "-12-31", "T23:59:59", "T24:00:00");

    /// <inheritdoc/>
    public FuzzFailure? Check(byte[] input, out bool accepted)
    {
        accepted = false;
        var text = Encoding.UTF8.GetString(input);
        try
        {
            accepted = PartialDate.TryParse(text, out var value, out var error);
            if (accepted != PartialDate.TryParse(text.AsSpan(), out var spanValue) || (accepted && spanValue != value))
            {
                return Fail("the string and span overloads of TryParse disagree");
            }

            if (!accepted)
            {
                var thrown = Record(() => PartialDate.Parse(text));
                if (thrown is not FormatException || thrown.Message != error)
                {
                    return Fail("Parse does not throw a FormatException with TryParse's message", thrown);
                }

                return text.Length == 0 || error.StartsWith($"'{ReadableText.Of(text)}' is not a valid EDTF date: ", StringComparison.Ordinal) ? null : Fail("the message does not name the text");
            }

            var canonical = value.ToString();
            var again = PartialDate.Parse(canonical);
            if (again != value || again.ToString() != canonical || again.CompareTo(value) != 0 || again.GetHashCode() != value.GetHashCode())
            {
                return Fail($"the canonical text '{canonical}' does not parse back to an equal value");
            }

            return value.Start <= value.End ? null : Fail("the span ends before it starts");
        }
        catch (Exception exception)
        {
            return Fail("parsing threw", exception);
        }

        FuzzFailure Fail(string invariant, Exception? exception = null) => new(invariant, input, exception);
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
