using System.Text;
using System.Text.Json;
using AseanUn.Benchmarks.Json;
using AseanUn.Json;

namespace AseanUn.Benchmarks.Tests;

/// <summary>The reflection baseline is a fair one only if it reads and writes the very document the library does.</summary>
public sealed class JsonBaselineTests
{
    private static readonly LibraryJson Json = LibraryJson.Current;

    [Fact]
    public void TheReflectionBaselineWritesADocumentThatImportsAsTheSameDataset()
    {
        var document = JsonSerializer.Deserialize(DatasetJson.Export(Partnership.Current), Json.DocumentType, Json.SourceGenerated);

        var written = JsonSerializer.SerializeToUtf8Bytes(document, Json.DocumentType, Json.Reflection);

        Assert.Equal(Partnership.Current.Records, DatasetJson.Import(written).Records);
    }

    [Fact]
    public void TheReflectionBaselineReadsWhatTheSourceGeneratedMetadataReads()
    {
        var utf8 = Encoding.UTF8.GetBytes(DatasetJson.Export(Partnership.Current));

        var byReflection = JsonSerializer.Deserialize(utf8, Json.DocumentType, Json.Reflection);
        var bySourceGeneration = JsonSerializer.Deserialize(utf8, Json.DocumentType, Json.SourceGenerated);

        Assert.Equal(
            JsonSerializer.Serialize(bySourceGeneration, Json.DocumentType, Json.SourceGenerated),
            JsonSerializer.Serialize(byReflection, Json.DocumentType, Json.SourceGenerated));
    }
}
