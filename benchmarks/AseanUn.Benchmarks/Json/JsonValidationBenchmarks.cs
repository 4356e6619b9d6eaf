using System;
using System.Text;
using System.Text.Json;
using AseanUn.Json;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// What validation adds to an import of the whole built-in dataset: <see cref="DatasetJson.Import(ReadOnlySpan{byte}, string?)"/>
/// (every shape check and dataset rule, the dataset built) against a bare source-generated deserialization of the same
/// bytes; and what a document with one problem costs, which is read a second time with positions to report it.
/// </summary>
[MemoryDiagnoser]
public class JsonValidationBenchmarks
{
    private LibraryJson _json = null!;
    private byte[] _utf8 = null!;
    private byte[] _withOneProblem = null!;

    /// <summary>Exports the dataset once, makes the copy with a dangling reference, and checks that it has exactly that problem.</summary>
    public void Setup()
    {
        _json = LibraryJson.Current;
        var export = DatasetJson.Export(Partnership.Current);
        _utf8 = Encoding.UTF8.GetBytes(export);
        const string Place = "\"placeId\": \"";
        var at = export.IndexOf(Place, StringComparison.Ordinal) + Place.Length;
        _withOneProblem = Encoding.UTF8.GetBytes(export.Insert(at, "no-such-"));
        if (ImportWithOneProblem() != 1)
        {
            throw new InvalidOperationException("The document with one dangling reference does not have exactly one problem.");
        }
    }

    /// <summary>Prepares and warms the baseline.</summary>
    [GlobalSetup(Target = nameof(BareDeserialization))]
    public void SetupBare()
    {
        Setup();
        TieredWarmUp.Run(BareDeserialization);
    }

    /// <summary>Prepares and warms the import.</summary>
    [GlobalSetup(Target = nameof(ImportWithValidation))]
    public void SetupImport()
    {
        Setup();
        TieredWarmUp.Run(ImportWithValidation);
    }

    /// <summary>Prepares and warms the import of the document with a problem.</summary>
    [GlobalSetup(Target = nameof(ImportWithOneProblem))]
    public void SetupImportWithOneProblem()
    {
        Setup();
        TieredWarmUp.Run(() => ImportWithOneProblem());
    }

    /// <summary>Deserialization alone: no checks, no dataset.</summary>
    [Benchmark(Baseline = true)]
    public object BareDeserialization() => JsonSerializer.Deserialize(_utf8, _json.DocumentType, _json.SourceGenerated)!;

    /// <summary>The library's import, with full validation.</summary>
    [Benchmark]
    public object ImportWithValidation() => DatasetJson.Import(_utf8);

    /// <summary>The import of the same document with one dangling reference: one pass that finds it, one that locates it.</summary>
    [Benchmark]
    public int ImportWithOneProblem() => DatasetJson.TryImport(_withOneProblem).Problems.Count;
}
