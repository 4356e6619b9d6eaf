using AseanUn.Benchmarks.Analyzers;
using AseanUn.Benchmarks.Running;
using AseanUn.Benchmarks.Startup;

// Two helper modes come before BenchmarkDotNet so that a probe process never loads it:
//   probe <empty|dataset|query>          one fresh process for the first-access benchmark
//   write-corpus <consumer|plain> <dir> <repo root>   the analyzer corpus as a project, for a real build
return args switch
{
    [StartupProbe.Command, var mode] => StartupProbe.Run(mode),
    [CorpusProject.Command, var kind, var directory, var repositoryRoot] => CorpusProject.Write(kind, directory, repositoryRoot),
    _ => BenchmarkProgram.Run(args),
};
