using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AseanUn.Json;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// A hostile document for the importer: one line (minified), non-ASCII text first, then many problems close together —
/// the shape that made locating problems quadratic. The <c>validate-problems</c> command generates one and reports the
/// time and peak memory of importing it.
/// </summary>
public static class ProblemDocument
{
    /// <summary>The command-line word that selects the measurement.</summary>
    public const string Command = "validate-problems";

    // Accented Vietnamese, two and three bytes a character in UTF-8.
    private const string Accented = "Hà Nội — Thành phố ";

    /// <summary>
    /// Generates a one-line document of about <paramref name="bytes"/> bytes: half non-ASCII text in the edition, then
    /// <paramref name="problems"/> numbers where action-line codes belong, each one a problem.
    /// </summary>
    public static byte[] Generate(int bytes, int problems)
    {
        var text = new StringBuilder(bytes + 64).Append("{\"version\":1,\"edition\":\"");
        var chunk = Encoding.UTF8.GetByteCount(Accented);
        for (var written = text.Length; written < bytes / 2; written += chunk)
        {
            text.Append(Accented);
        }

        text.Append("\",\"asOf\":\"2017\",\"records\":{\"events\":[{\"id\":\"e\",\"kind\":\"workshop\",\"title\":\"t\",\"date\":\"2015\",\"sources\":[],\"actionLineCodes\":[");
        var room = Math.Max(2, (bytes / 2 / problems) - 1);
        for (var i = 0; i < problems; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append('1', room);
        }

        return Encoding.UTF8.GetBytes(text.Append("]}]}}").ToString());
    }

    /// <summary>Generates the document, imports it and prints the time, the problems and the process's peak memory.</summary>
    public static int Measure(int bytes, int problems)
    {
        var document = Generate(bytes, problems);
        var clock = Stopwatch.StartNew();
        var result = DatasetJson.TryImport(document.AsSpan(), "problems.json");
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{document.Length:N0} bytes, {problems:N0} problems: {clock.Elapsed.TotalSeconds:F2} s, {result.Problems.Count:N0} listed, last: {result.Problems[^1].Message} peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB"));
        return 0;
    }
}
