using System;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// A document with a problem every few bytes on one line (a minified document is one line) costs work linear in its
/// size, and its problems are listed up to a cap, then counted, so memory stays bounded. Work is counted (bytes the
/// line map decodes to find columns), never timed.
/// </summary>
public sealed class ProblemVolumeTests
{
    // One event whose action-line list holds nothing but numbers: each "1," is a problem (a number, not a code).
    private static byte[] OneLine(int bytes, string prefixText = "")
    {
        var head = $$"""{"version":1,"edition":"{{prefixText}}","asOf":"2017","records":{"events":[{"id":"e","kind":"workshop","title":"t","date":"2015","sources":[],"actionLineCodes":[""";
        const string Tail = "1]}]}}";
        var builder = new StringBuilder(bytes + 64).Append(head);
        while (Encoding.UTF8.GetByteCount(head) + ((builder.Length - head.Length) / 2 * 2) + Tail.Length < bytes && builder.Length < bytes)
        {
            builder.Append("1,");
        }

        return Encoding.UTF8.GetBytes(builder.Append(Tail).ToString());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Locating_the_problems_of_a_one_line_document_grows_linearly_with_its_size()
    {
        var small = OneLine(2_000_000);
        var large = OneLine(8_000_000);

        var smallResult = DatasetJsonReader.Read(small, "small.json", out var smallWork);
        var largeResult = DatasetJsonReader.Read(large, "large.json", out var largeWork);

        Assert.False(smallResult.IsValid);
        Assert.False(largeResult.IsValid);
        Assert.True(smallWork > 0, "the problems were located");

        // Four times the bytes and four times the problems: at most about four times the work (quadratic would be 16).
        var ratio = (double)largeWork / smallWork;
        Assert.InRange(ratio, 0.5, 4.5);
        Assert.True(largeWork <= 2L * large.Length, $"{largeWork} bytes decoded for a document of {large.Length}");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Non_ASCII_text_before_the_problems_does_not_make_locating_them_quadratic()
    {
        var prefix = string.Concat(Enumerable.Repeat("Hà Nội — ", 20_000));
        var document = OneLine(2_000_000, prefix);

        var result = DatasetJsonReader.Read(document, "accents.json", out var work);

        Assert.False(result.IsValid);
        Assert.True(work <= 2L * document.Length, $"{work} bytes decoded for a document of {document.Length}");

        // Columns are still counted in UTF-16 code units: the first problem stands after the accented edition.
        var first = result.Problems[0];
        var text = Encoding.UTF8.GetString(document);
        Assert.Equal(1, first.Line);
        Assert.Equal(text.IndexOf("[1,", StringComparison.Ordinal) + 2, first.Column);
    }

    [Fact]
    public void A_million_problems_are_listed_up_to_the_cap_then_counted_in_bounded_memory()
    {
        var document = OneLine(2_001_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DatasetJson.TryImport(document.AsSpan(), "million.json");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var problems = result.Problems;
        Assert.Equal(DatasetJsonOptions.MaxListedProblems + 1, problems.Count);
        Assert.All(problems.Take(DatasetJsonOptions.MaxListedProblems), p => Assert.Equal(DatasetProblemKind.WrongType, p.Kind));
        Assert.Equal("$.records.events[0].actionLineCodes[0]", problems[0].Path);
        Assert.Equal("$.records.events[0].actionLineCodes[999]", problems[DatasetJsonOptions.MaxListedProblems - 1].Path);

        var count = problems[^1];
        Assert.Equal(DatasetProblemKind.LimitExceeded, count.Kind);
        Assert.Null(count.Line);
        var listedAndCounted = DatasetJsonOptions.MaxListedProblems + int.Parse(count.Message.Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(listedAndCounted >= 1_000_000, count.Message);

        // The stated bound (docs/reliability.md): fewer than 80 bytes allocated in all per byte of such a document,
        // whatever the number of problems — the positioned tree of a million values, not a million problem reports.
        Assert.True(allocated < 80L * document.Length, $"{allocated:N0} bytes allocated for {document.Length:N0}");
    }
}
