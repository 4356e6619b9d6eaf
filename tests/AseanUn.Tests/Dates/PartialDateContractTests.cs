using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using AseanUn.Dates;

namespace AseanUn.Tests.Dates;

/// <summary>
/// The contracts of equality and ordering, checked over every shape of value (as NodaTime checks its value types):
/// reflexive, symmetric, transitive, consistent with <see cref="object.GetHashCode"/> and <see cref="IComparable{T}"/>,
/// with the operators agreeing; and the parsing and formatting interfaces agreeing with Parse and ToString.
/// </summary>
public sealed class PartialDateContractTests
{
    private static readonly PartialDate[] Values = BuildValues();

    [Fact]
    public void Equality_is_reflexive_and_symmetric_and_agrees_with_the_hash_code_and_the_operators()
    {
        foreach (var x in Values)
        {
            Assert.True(x.Equals(x));
            Assert.True(x.Equals((object)x));
#pragma warning disable CS1718 // Comparison made to same variable: that is the point here.
            Assert.True(x == x);
            Assert.False(x != x);
#pragma warning restore CS1718
            Assert.False(x.Equals(null));
            Assert.False(x.Equals(x.ToString()));
            foreach (var y in Values)
            {
                var equal = x.Equals(y);
                Assert.Equal(equal, y.Equals(x));
                Assert.Equal(equal, x == y);
                Assert.Equal(!equal, x != y);
                Assert.Equal(equal, x.Equals((object)y));
                Assert.Equal(equal, EqualityComparer<PartialDate>.Default.Equals(x, y));
                if (equal)
                {
                    Assert.Equal(x.GetHashCode(), y.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void Ordering_is_antisymmetric_consistent_with_equality_and_agrees_with_the_operators()
    {
        foreach (var x in Values)
        {
            Assert.Equal(0, x.CompareTo(x));
            Assert.Equal(1, ((IComparable)x).CompareTo(null));
            foreach (var y in Values)
            {
                var order = Math.Sign(x.CompareTo(y));
                Assert.Equal(-order, Math.Sign(y.CompareTo(x)));
                Assert.Equal(order == 0, x.Equals(y));
                Assert.Equal(order, Math.Sign(((IComparable)x).CompareTo(y)));
                Assert.Equal(order < 0, x < y);
                Assert.Equal(order <= 0, x <= y);
                Assert.Equal(order > 0, x > y);
                Assert.Equal(order >= 0, x >= y);
                Assert.Equal(order < 0, Less(x, y));
                Assert.Equal(order == 0, Same(x, y));
            }
        }
    }

    [Fact]
    public void Ordering_is_transitive()
    {
        var sorted = Values.Order().ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i; j < sorted.Length; j++)
            {
                if (sorted[i].CompareTo(sorted[j]) > 0)
                {
                    Assert.Fail($"{sorted[i]} sorts after {sorted[j]}, which the sort put later.");
                }
            }
        }

        foreach (var x in Values)
        {
            foreach (var y in Values.Where(y => x.CompareTo(y) <= 0))
            {
                foreach (var z in Values.Where(z => y.CompareTo(z) <= 0))
                {
                    if (x.CompareTo(z) > 0)
                    {
                        Assert.Fail($"{x} <= {y} <= {z}, but not {x} <= {z}.");
                    }
                }
            }
        }
    }

    [Fact]
    public void Comparing_with_another_type_is_an_argument_error()
    {
        var exception = Assert.Throws<ArgumentException>(() => ((IComparable)PartialDate.Year(2016)).CompareTo("2016"));

        Assert.Equal("obj", exception.ParamName);
    }

    [Fact]
    public void The_parsing_interfaces_read_what_Parse_reads_and_reject_what_it_rejects()
    {
        foreach (var value in Values)
        {
            var text = value.ToString();
            Assert.Equal(value, ParseVia<PartialDate>(text));
            Assert.Equal(value, ParseSpanVia<PartialDate>(text.AsSpan()));
            Assert.True(TryParseVia<PartialDate>(text, out var parsed));
            Assert.Equal(value, parsed);
            Assert.True(TryParseSpanVia<PartialDate>(text.AsSpan(), out parsed));
            Assert.Equal(value, parsed);
        }

        Assert.Throws<FormatException>(() => ParseVia<PartialDate>("2015-13"));
        Assert.Throws<FormatException>(() => ParseSpanVia<PartialDate>("2015-13".AsSpan()));
        Assert.False(TryParseVia<PartialDate>(null, out _));
        Assert.False(TryParseSpanVia<PartialDate>("".AsSpan(), out _));
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse((string)null!));
    }

    [Fact]
    public void The_formatting_interfaces_write_what_ToString_writes()
    {
        foreach (var value in Values)
        {
            var text = value.ToString();
            Assert.Equal(text, value.ToString(null, CultureInfo.GetCultureInfo("ar-SA")));
            Assert.Equal(text, value.ToString("E", null));
            Assert.Equal(text, $"{value}");
            Assert.Equal(text, string.Format(CultureInfo.InvariantCulture, "{0:E}", value));

            var buffer = new char[text.Length + 3];
            Assert.True(value.TryFormat(buffer, out var written, default, null));
            Assert.Equal(text, new string(buffer, 0, written));
            Assert.False(value.TryFormat(buffer.AsSpan(0, text.Length - 1), out written, "E", null));
            Assert.Equal(0, written);
        }

        var error = Assert.Throws<FormatException>(() => PartialDate.Year(2016).ToString("yyyy", null));
        Assert.Contains("'yyyy' is not a format of PartialDate", error.Message, StringComparison.Ordinal);
    }

    private static bool Less<T>(T left, T right) where T : IComparisonOperators<T, T, bool> => left < right;

    private static bool Same<T>(T left, T right) where T : IEqualityOperators<T, T, bool> => left == right;

    private static T ParseVia<T>(string text) where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string? text, out T? value) where T : IParsable<T> => T.TryParse(text, null, out value);

    private static T ParseSpanVia<T>(ReadOnlySpan<char> text) where T : ISpanParsable<T> => T.Parse(text, null);

    private static bool TryParseSpanVia<T>(ReadOnlySpan<char> text, out T? value) where T : ISpanParsable<T> => T.TryParse(text, null, out value);

    // Every accepted EDTF example, each qualified three ways, the built-in factories' shapes and the default value.
    private static PartialDate[] BuildValues()
    {
        var values = new List<PartialDate> { default, PartialDate.Day(1, 1, 1), PartialDate.Since(PartialDate.Year(2012)), PartialDate.Until(PartialDate.Month(2015, 7)) };
        foreach (var row in EdtfConformanceTests.Accepted)
        {
            var date = PartialDate.Parse((string)row[0]);
            values.Add(date);
            values.Add(date.WithQualifier(DateQualifier.Approximate));
            values.Add(date.WithQualifier(DateQualifier.Uncertain | DateQualifier.Approximate));
        }

        return [.. values];
    }
}
