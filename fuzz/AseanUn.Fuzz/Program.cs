using System;
using System.Globalization;
using System.IO;
using AseanUn.Fuzz;

// Usage: dotnet run -c Release --project fuzz/AseanUn.Fuzz -- <dates|import> [--seconds N] [--inputs N] [--seed N] [--full]
if (args.Length == 0 || args[0] is not ("dates" or "import"))
{
    Console.Error.WriteLine("usage: AseanUn.Fuzz <dates|import> [--seconds N] [--inputs N] [--seed N] [--full]");
    return 2;
}

var seconds = 60.0;
var inputs = long.MaxValue;
var seed = 1;
var full = false;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--inputs": inputs = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--full": full = true; break;
        default: Console.Error.WriteLine($"unknown option '{args[i]}'"); return 2;
    }
}

IFuzzTarget target = args[0] == "dates" ? new DateTarget() : new ImportTarget(withBuiltInExport: full);
var report = FuzzRun.Run(target, seed, inputs, TimeSpan.FromSeconds(seconds));
Console.WriteLine($"{report.Target}: {report.Inputs:N0} inputs ({report.Accepted:N0} accepted) in {report.Elapsed.TotalSeconds:F0} s, seed {report.Seed}, {report.Failures.Count} failures");
for (var i = 0; i < report.Failures.Count; i++)
{
    var file = $"fuzz-{report.Target}-{report.Seed}-{i}.bin";
    File.WriteAllBytes(file, report.Failures[i].Input);
    Console.WriteLine($"{file}: {report.Failures[i]}");
}

return report.Failures.Count == 0 ? 0 : 1;
