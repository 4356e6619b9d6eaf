using System.IO;
using System.Text;
using AseanUn.Json;
using AseanUn.Tests.Queries;
using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Json;

public sealed class RoundTripTests
{
    public static TheoryData<string> Datasets => ["sample", "built-in"];

    internal static PartnershipDataset Load(string name) => name == "sample" ? SampleDataset.Create() : Partnership.Current;

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Export_import_export_is_byte_identical(string name)
    {
        var first = DatasetJson.Export(Load(name));
        var imported = DatasetJson.Import(first);
        var second = DatasetJson.Export(imported);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Imported_records_equal_the_originals_in_the_same_order(string name)
    {
        var original = Load(name);
        var imported = DatasetJson.Import(DatasetJson.Export(original));

        Assert.Equal(original.Records, imported.Records);
        Assert.Equal(original.Edition, imported.Edition);
        Assert.Equal(original.AsOf, imported.AsOf);
    }

    [Fact]
    public void Export_is_deterministic_text_with_line_feeds_and_unescaped_names()
    {
        var json = DatasetJson.Export(SampleDataset.Create());

        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
        Assert.StartsWith("{\n  \"version\": 2,\n  \"edition\": \"test-1\",\n  \"asOf\": \"2017-03\",\n  \"records\": {\n    \"sourceDocuments\": [\n      {\n        \"id\": \"test-report\",", json);
        Assert.Contains("\"name\": \"Lê Lương Minh\"", json);
        Assert.Contains("\"kind\": \"frameworkAgreement\"", json);
        Assert.Contains("\"period\": \"2012/..\"", json);
        Assert.DoesNotContain("\"label\"", json);
        Assert.DoesNotContain("\"code\"", json);
    }

    [Fact]
    public void Stream_and_string_forms_agree()
    {
        var dataset = SampleDataset.Create();
        using var stream = new MemoryStream();
        DatasetJson.Export(dataset, stream);
        Assert.Equal(DatasetJson.Export(dataset), Encoding.UTF8.GetString(stream.ToArray()));

        stream.Position = 0;
        Assert.Equal(dataset.Records, DatasetJson.Import(stream).Records);
        Assert.Equal(dataset.Records, DatasetJson.Import(stream.ToArray()).Records);
    }

    [Fact]
    public void The_imported_dataset_answers_queries_as_the_original_does()
    {
        var original = SampleDataset.Create();
        var imported = DatasetJson.Import(DatasetJson.Export(original));

        Assert.Equal(Ids.Of(original.Timeline), Ids.Of(imported.Timeline));
        Assert.Equal(Ids.Of(original.RecordsUnderPillar("SC")), Ids.Of(imported.RecordsUnderPillar("SC")));
        Assert.Equal(Ids.Of(original.EventsAt("New York")), Ids.Of(imported.EventsAt("New York")));
        Assert.Equal(Ids.Of(original.Search("escap")), Ids.Of(imported.Search("escap")));
        Assert.Equal(original.CooperationLinks, imported.CooperationLinks);
    }
}
