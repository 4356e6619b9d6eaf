using System.Text.Json;
using AseanUn.Json;

namespace AseanUn.Tests.Json;

/// <summary>
/// A record group without records is not written, so a file stays byte for byte the same when the model gains a record
/// type it has none of; import reads a document with or without such groups alike.
/// </summary>
public sealed class EmptyGroupTests
{
    private const string Without = """
        {
          "version": 1,
          "edition": "e",
          "asOf": "2017",
          "records": {
            "sourceDocuments": [
              {
                "id": "report",
                "title": "Report",
                "publisher": "ASEAN Secretariat",
                "asOf": "2017",
                "paragraphCount": 1,
                "sources": [ { "documentId": "report", "paragraph": 1 } ]
              }
            ]
          }
        }
        """;

    [Fact]
    public void Export_writes_only_the_groups_that_have_records()
    {
        var json = DatasetJson.Export(DatasetJson.Import(Without));

        using var document = JsonDocument.Parse(json);
        var groups = document.RootElement.GetProperty("records").EnumerateObject();
        Assert.Equal(["sourceDocuments"], [.. System.Linq.Enumerable.Select(groups, g => g.Name)]);
    }

    [Fact]
    public void A_document_with_empty_groups_imports_as_one_without_them_and_exports_without_them()
    {
        var with = Without.Replace("\"records\": {", "\"records\": { \"pillars\": [], \"events\": [], \"figures\": [],", System.StringComparison.Ordinal);

        var fromWith = DatasetJson.Import(with);
        var fromWithout = DatasetJson.Import(Without);

        Assert.Equal(fromWithout.Records, fromWith.Records);
        var exported = DatasetJson.Export(fromWith);
        Assert.Equal(DatasetJson.Export(fromWithout), exported);
        Assert.DoesNotContain("\"pillars\"", exported, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"figures\"", exported, System.StringComparison.Ordinal);
    }
}
