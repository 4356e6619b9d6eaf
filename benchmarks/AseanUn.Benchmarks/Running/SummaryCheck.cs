using System.Collections.Generic;
using BenchmarkDotNet.Reports;

namespace AseanUn.Benchmarks.Running;

/// <summary>Finds what went wrong in a BenchmarkDotNet run: validation errors and reports that did not succeed.</summary>
public static class SummaryCheck
{
    /// <summary>Returns one line per critical validation error and per unsuccessful report; empty when the run is clean.</summary>
    /// <remarks>
    /// Non-critical validation errors are advice BenchmarkDotNet runs on after (e.g. that the assembly sits under the
    /// temporary folder, which is true of any clone made there); they are not failures of the benchmarks.
    /// </remarks>
    public static IReadOnlyList<string> Problems(IEnumerable<Summary> summaries)
    {
        var problems = new List<string>();
        foreach (var summary in summaries)
        {
            foreach (var error in summary.ValidationErrors)
            {
                if (error.IsCritical)
                {
                    problems.Add($"{summary.Title}: validation error: {error.Message}");
                }
            }

            foreach (var report in summary.Reports)
            {
                if (!report.Success)
                {
                    problems.Add($"{summary.Title}: {report.BenchmarkCase.DisplayInfo} did not succeed.");
                }
            }

            if (summary.Reports.Length < summary.BenchmarksCases.Length)
            {
                problems.Add($"{summary.Title}: {summary.BenchmarksCases.Length - summary.Reports.Length} benchmark(s) produced no report.");
            }
        }

        return problems;
    }
}
