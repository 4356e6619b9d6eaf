using System;
using System.Globalization;
using System.IO;
using AseanUn.Fuzz;

// Usage (fuzz/README.md):
//   AseanUn.Fuzz <dates|import|merge> [--seconds N] [--inputs N] [--seed N] [--budget-ms N] [--full]
//   AseanUn.Fuzz <libfuzzer|afl> <dates|import|merge> [--full]   (or one argument, libfuzzer:merge, for libfuzzer-dotnet's one --target_arg)
//   AseanUn.Fuzz replay <dates|import|merge> <file>...
//   AseanUn.Fuzz seeds <dates|import|merge> <folder>        (writes the target's seeds, to start a coverage-guided run from)
const string Usage = "usage: AseanUn.Fuzz [libfuzzer|afl|replay|seeds] <dates|import|merge> [--seconds N] [--inputs N] [--seed N] [--budget-ms N] [--full] [files]";
args = args is [var single] && single.Split(':') is [var fuzzer, var name] ? [fuzzer, name] : args;
var mode = args.Length > 0 && args[0] is "libfuzzer" or "afl" or "replay" or "seeds" ? args[0] : "run";
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
        case var file when mode is "replay" or "seeds" && !file.StartsWith("--", StringComparison.Ordinal): files.Add(file); break;
        default: Console.Error.WriteLine($"unknown option '{rest[i]}'"); return 2;
    }
}

IFuzzTarget MakeTarget() => rest[0] switch
{
    "dates" => new DateTarget(),
    "import" => new ImportTarget(withBuiltInExport: full),
    _ => new MergeTarget(),
};

switch (mode)
{
    case "libfuzzer":
        CoverageGuided.LibFuzzer(MakeTarget);
        return 0;
    case "afl":
        CoverageGuided.Afl(MakeTarget);
        return 0;
    case "replay":
        var target = MakeTarget();
        var broken = 0;
        foreach (var file in files)
        {
            var failure = target.Check(File.ReadAllBytes(file), out var accepted);
            Console.WriteLine(failure is null ? $"{file}: {(accepted ? "accepted" : "rejected")}, invariants hold" : $"{file}: {failure}");
            broken += failure is null ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
    case "seeds":
        var seeds = MakeTarget().Seeds;
        Directory.CreateDirectory(files[0]);
        for (var i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(files[0], $"{rest[0]}-{i}.json"), seeds[i]);
        }

        return 0;
}

var report = FuzzRun.Run(MakeTarget(), seed, inputs, TimeSpan.FromSeconds(seconds), budget);
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
