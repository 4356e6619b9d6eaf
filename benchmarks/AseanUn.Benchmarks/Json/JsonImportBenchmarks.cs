using System.Text;
using System.Text.Json;
using AseanUn.Json;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// Deserializing the export of the whole built-in dataset: the library's source-generated metadata against
/// System.Text.Json's reflection-based metadata with the same converters and options.
/// </summary>
[MemoryDiagnoser]
public class JsonImportBenchmarks
{
    private LibraryJson _json = null!;
    private byte[] _utf8 = null!;

    /// <summary>Exports the dataset once.</summary>
    public void Setup()
    {
        _json = LibraryJson.Current;
        _utf8 = Encoding.UTF8.GetBytes(DatasetJson.Export(Partnership.Current));
    }

    /// <summary>Prepares and warms the baseline.</summary>
    [GlobalSetup(Target = nameof(Reflection))]
    public void SetupReflection()
    {
        Setup();
        TieredWarmUp.Run(Reflection);
    }

    /// <summary>Prepares and warms the source-generated deserializer.</summary>
    [GlobalSetup(Target = nameof(SourceGenerated))]
    public void SetupSourceGenerated()
    {
        Setup();
        TieredWarmUp.Run(SourceGenerated);
    }

    /// <summary>Reflection-based metadata.</summary>
    [Benchmark(Baseline = true)]
    public object Reflection() => JsonSerializer.Deserialize(_utf8, _json.DocumentType, _json.Reflection)!;

    /// <summary>The library's source-generated metadata.</summary>
    [Benchmark]
    public object SourceGenerated() => JsonSerializer.Deserialize(_utf8, _json.DocumentType, _json.SourceGenerated)!;
}
