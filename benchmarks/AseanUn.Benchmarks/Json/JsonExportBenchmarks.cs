using System.Text.Json;
using AseanUn.Json;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// Serializing the whole built-in dataset as one document: the library's source-generated metadata against
/// System.Text.Json's reflection-based metadata with the same converters and options.
/// </summary>
[MemoryDiagnoser]
public class JsonExportBenchmarks
{
    private LibraryJson _json = null!;
    private object _document = null!;

    /// <summary>Builds the document object once, and warms both serializers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = LibraryJson.Current;
        _document = JsonSerializer.Deserialize(DatasetJson.Export(Partnership.Current), _json.DocumentType, _json.SourceGenerated)!;
        Reflection();
        SourceGenerated();
    }

    /// <summary>Reflection-based metadata.</summary>
    [Benchmark(Baseline = true)]
    public int Reflection() => JsonSerializer.SerializeToUtf8Bytes(_document, _json.DocumentType, _json.Reflection).Length;

    /// <summary>The library's source-generated metadata.</summary>
    [Benchmark]
    public int SourceGenerated() => JsonSerializer.SerializeToUtf8Bytes(_document, _json.DocumentType, _json.SourceGenerated).Length;
}
