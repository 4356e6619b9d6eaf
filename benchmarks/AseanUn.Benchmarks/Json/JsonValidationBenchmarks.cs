using System.Text;
using System.Text.Json;
using AseanUn.Json;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// What validation adds to an import of the whole built-in dataset: <see cref="DatasetJson.Import(System.ReadOnlySpan{byte}, string?)"/>
/// (positions, shape checks, every dataset rule, the dataset built) against a bare source-generated deserialization
/// of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class JsonValidationBenchmarks
{
    private LibraryJson _json = null!;
    private byte[] _utf8 = null!;

    /// <summary>Exports the dataset once, and warms both paths.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = LibraryJson.Current;
        _utf8 = Encoding.UTF8.GetBytes(DatasetJson.Export(Partnership.Current));
        BareDeserialization();
        ImportWithValidation();
    }

    /// <summary>Deserialization alone: no positions, no checks, no dataset.</summary>
    [Benchmark(Baseline = true)]
    public object BareDeserialization() => JsonSerializer.Deserialize(_utf8, _json.DocumentType, _json.SourceGenerated)!;

    /// <summary>The library's import, with full validation.</summary>
    [Benchmark]
    public object ImportWithValidation() => DatasetJson.Import(_utf8);
}
