using System;
using System.Globalization;
using System.IO;
using AseanUn.Fuzz;

// Usage (fuzz/README.md):
//   AseanUn.Fuzz <dates|import|merge> [--seconds N] [--inputs N] [--seed N] [--budget-ms N] [--full]
//   AseanUn.Fuzz <libfuzzer|afl> <dates|import|merge> [--full]
//   AseanUn.Fuzz replay <dates|import|merge> <file>...
const string Usage = "usage: AseanUn.Fuzz [libfuzzer|afl|replay] <dates|import|merge> [--seconds N] [--inputs N] [--seed N] [--budget-ms N] [--full] [files]";
var mode = args.Length > 0 && args[0] is "libfuzzer" or "afl" or "replay" ? args[0] : "run";
var rest = mode == "run" ? args : args[1..];
if (rest.Length == 0 || rest[0] is not ("dates" or "import" or "merge"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var seconds = 60.0;
var inputs = long.MaxValue;
var seed = 1;
var budget = FuzzRun.DefaultInputBudget;
var full = false;
var files = new System.Collections.Generic.List<string>();
for (var i = 1; i < rest.Length; i++)
{
    switch (rest[i])
    {
        case "--seconds": seconds = double.Parse(rest[++i], CultureInfo.InvariantCulture); break;
        case "--inputs": inputs = long.Parse(rest[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(rest[++i], CultureInfo.InvariantCulture); break;
        case "--budget-ms": budget = TimeSpan.FromMilliseconds(double.Parse(rest[++i], CultureInfo.InvariantCulture)); break;
        case "--full": full = true; break;
        case var file when mode == "replay" && !file.StartsWith("--", StringComparison.Ordinal): files.Add(file); break;
        default: Console.Error.WriteLine($"unknown option '{rest[i]}'"); return 2;
    }
}

IFuzzTarget target = rest[0] switch
{
    "dates" => new DateTarget(),
    "import" => new ImportTarget(withBuiltInExport: full),
    _ => new MergeTarget(),
};

switch (mode)
{
    case "libfuzzer":
        CoverageGuided.LibFuzzer(target);
        return 0;
    case "afl":
        CoverageGuided.Afl(target);
        return 0;
    case "replay":
        var broken = 0;
        foreach (var file in files)
        {
            var failure = target.Check(File.ReadAllBytes(file), out var accepted);
            Console.WriteLine(failure is null ? $"{file}: {(accepted ? "accepted" : "rejected")}, invariants hold" : $"{file}: {failure}");
            broken += failure is null ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
}

var report = FuzzRun.Run(target, seed, inputs, TimeSpan.FromSeconds(seconds), budget);
Console.WriteLine($"{report.Target}: {report.Inputs:N0} inputs ({report.Accepted:N0} accepted) in {report.Elapsed.TotalSeconds:F0} s, seed {report.Seed}, {report.Failures.Count} failures");
for (var i = 0; i < report.Failures.Count; i++)
{
    var file = $"fuzz-{report.Target}-{report.Seed}-{i}.bin";
    File.WriteAllBytes(file, report.Failures[i].Input);
    Console.WriteLine($"{file}: {report.Failures[i]}");
}

// An input over its budget is still running on another thread: exit without waiting for it.
Environment.Exit(report.Failures.Count == 0 ? 0 : 1);
return 0;
