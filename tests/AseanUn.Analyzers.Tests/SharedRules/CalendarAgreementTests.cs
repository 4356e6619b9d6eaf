using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AseanUn.Analyzers.Tests.Verifiers;
using AseanUn.Dates;

namespace AseanUn.Analyzers.Tests.SharedRules;

/// <summary>
/// One table of possible and impossible dates, given to <see cref="PartialDate"/> at run time and to the analyzers'
/// date rules (AUN0103, AUN0104) at compile time: both must accept the same dates and say the same thing about the rest.
/// </summary>
public sealed class CalendarAgreementTests
{
    /// <summary>The table: a C# expression building a date, and the problem both sides must name (empty when it exists).</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "PartialDate.Day(2016, 2, 29)", "" },
        { "PartialDate.Day(2015, 2, 29)", "February 2015 has 28 days, so there is no day 29" },
        { "PartialDate.Day(1900, 2, 29)", "February 1900 has 28 days, so there is no day 29" },
        { "PartialDate.Day(2000, 2, 29)", "" },
        { "PartialDate.Day(2015, 4, 31)", "April 2015 has 30 days, so there is no day 31" },
        { "PartialDate.Day(2015, 12, 31)", "" },
        { "PartialDate.Day(2015, 1, 0)", "days are numbered from 1, not 0" },
        { "PartialDate.Day(2015, 13, 1)", "there is no month 13; months are 1–12" },
        { "PartialDate.Month(2015, 0)", "there is no month 0; months are 1–12" },
        { "PartialDate.Day(0, 2, 29)", "" },
        { "PartialDate.Day(-4, 2, 29)", "" },
        { "PartialDate.Day(-100, 2, 29)", "February -100 has 28 days, so there is no day 29" },
        { "PartialDate.Day(-400, 2, 29)", "" },
        { "PartialDate.Day(-9998, 1, 1)", "" },
        { "PartialDate.Year(-9999)", "year -9999 is outside -9998–9999" },
        { "PartialDate.Day(9999, 12, 31)", "" },
        { "PartialDate.Month(10000, 1)", "year 10000 is outside -9998–9999" },
        { "PartialDate.Decade(1970)", "" },
        { "PartialDate.Decade(0)", "" },
        { "PartialDate.Decade(1975)", "a decade starts at a year ending in 0 within 0–9999, not 1975" },
        { "PartialDate.Decade(-10)", "a decade starts at a year ending in 0 within 0–9999, not -10" },
        { "PartialDate.Decade(9990)", "" },
        { "PartialDate.Century(1900)", "" },
        { "PartialDate.Century(1950)", "a century starts at a year ending in 00 within 0–9999, not 1950" },
        { "PartialDate.Years(2016, 2020)", "" },
        { "PartialDate.Years(2020, 2016)", "the end 2016 comes before the start 2020" },
        { "PartialDate.Between(PartialDate.Month(2016, 6), PartialDate.Year(2016))", "the end 2016 begins before the start 2016-06 does (2016-01-01 is before 2016-06-01)" },
        { "PartialDate.Between(PartialDate.Year(2016), PartialDate.Month(2016, 6))", "" },
        { "PartialDate.Between(PartialDate.Month(0, 1), PartialDate.Day(0, 1, 3))", "" },
        { "PartialDate.Between(PartialDate.Day(0, 1, 3), PartialDate.Month(0, 1))", "the end 0000-01 begins before the start 0000-01-03 does (0000-01-01 is before 0000-01-03)" },
        { "PartialDate.Between(PartialDate.Year(-1), PartialDate.Year(0))", "" },
        { "PartialDate.Between(PartialDate.Year(0), PartialDate.Day(-1, 12, 31))", "the end -0001-12-31 comes before the start 0000" },
    };

    private static readonly Lazy<Task<Dictionary<int, string>>> AnalyzerProblems = new(FindProblemsAsync);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_time_and_compile_time_agree(string expression, string problem)
    {
        var runTime = RunTimeProblem(expression);
        var compileTime = (await AnalyzerProblems.Value).GetValueOrDefault(LineOf(expression), "");

        Assert.Equal(Sentence(problem), runTime);
        Assert.Equal(Sentence(problem), compileTime);
    }

    // Evaluates the table's expressions with the library itself; the table uses only these factories.
    private static string RunTimeProblem(string expression)
    {
        try
        {
            _ = Evaluate(expression);
            return "";
        }
        catch (ArgumentException exception)
        {
            // The exception's message is the shared phrase as a sentence, before the parameter's name.
            return exception.Message.Split(" (Parameter")[0];
        }
    }

    private static PartialDate Evaluate(string expression)
    {
        var name = expression["PartialDate.".Length..expression.IndexOf('(')];
        var inner = expression[(expression.IndexOf('(') + 1)..^1];
        if (name == "Between")
        {
            var split = inner.IndexOf("), ", StringComparison.Ordinal) + 1;
            return PartialDate.Between(Evaluate(inner[..split]), Evaluate(inner[(split + 2)..]));
        }

        var numbers = inner.Split(", ").Select(int.Parse).ToArray();
        return name switch
        {
            "Day" => PartialDate.Day(numbers[0], numbers[1], numbers[2]),
            "Month" => PartialDate.Month(numbers[0], numbers[1]),
            "Year" => PartialDate.Year(numbers[0]),
            "Decade" => PartialDate.Decade(numbers[0]),
            "Century" => PartialDate.Century(numbers[0]),
            "Years" => PartialDate.Years(numbers[0], numbers[1]),
            _ => throw new InvalidOperationException($"The table uses a factory this test does not know: {expression}"),
        };
    }

    // Every case on a line of its own in one dataset compilation, so the analyzers run once for the whole table.
    private static async Task<Dictionary<int, string>> FindProblemsAsync()
    {
        var lines = new List<string> { DatasetHarness.Usings, "internal static class Dates", "{", "    private static readonly object[] All =", "    [" };
        var first = string.Join("\n", lines).Split('\n').Length;
        lines.AddRange(Expressions().Select(e => "        " + e + ","));
        lines.Add("    ];");
        lines.Add("}");
        var run = await AnalyzerRun.RunAsync(DatasetHarness.Sources().Select(s => s.Text).Append(string.Join("\n", lines)), referenceAseanUn: true);
        Assert.Empty(run.Exceptions);
        var fragment = run.Diagnostics.Where(d => d.Id is "AUN0103" or "AUN0104" && d.Location.SourceTree!.ToString().Contains("class Dates", StringComparison.Ordinal));
        return fragment.ToDictionary(
            d => d.Location.GetLineSpan().StartLinePosition.Line - first,
            d => Sentence(d.Id == "AUN0103" ? d.GetMessage()["Impossible date: ".Length..] : d.GetMessage()));
    }

    private static string Sentence(string problem) => problem.Length == 0 ? "" : char.ToUpperInvariant(problem[0]) + problem[1..].TrimEnd('.') + ".";

    private static int LineOf(string expression) => Expressions().ToList().IndexOf(expression);

    private static IEnumerable<string> Expressions() => Cases.Select(row => (string)row[0]);
}
