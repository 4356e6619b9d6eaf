using Xunit;

// The dry runs start BenchmarkDotNet in this process; one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
