using AseanUn.Benchmarks.Analyzers;
using AseanUn.Benchmarks.Json;
using AseanUn.Benchmarks.Running;
using AseanUn.Benchmarks.Startup;

// Helper modes come before BenchmarkDotNet so that a probe process never loads it:
//   probe <empty|dataset|query|date|date-query|layers> one fresh process for the first-access benchmark
//   write-corpus <consumer|plain> <dir> <repo root>   the analyzer corpus as a project, for a real build
//   analyzer-cost [runs [corpus...]]     AseanUn's analyzer time against the SDK's, from Roslyn's telemetry
//   validate-problems <bytes> <problems> time and peak memory of importing a one-line document full of problems
return args switch
{
    [ProblemDocument.Command, var bytes, var problems] => ProblemDocument.Measure(
        int.Parse(bytes, System.Globalization.CultureInfo.InvariantCulture), int.Parse(problems, System.Globalization.CultureInfo.InvariantCulture)),
    [AnalyzerCostReport.Command] => AnalyzerCostReport.Run(5),
    [AnalyzerCostReport.Command, var runs, .. var corpora] => AnalyzerCostReport.Run(int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture), corpora),
    [StartupProbe.Command, var mode] => StartupProbe.Run(mode),
    [CorpusProject.Command, var kind, var directory, var repositoryRoot] => CorpusProject.Write(kind, directory, repositoryRoot),
    _ => BenchmarkProgram.Run(args),
};
