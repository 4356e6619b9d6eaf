using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Facts;

/// <summary>A later document merged into the report: a note and a news item to cite, plus the records and updates a test gives.</summary>
internal static class FactsDocument
{
    public const string Note = "secretariat-note-2018";
    public const string News = "news-2018-05";

    public static string Of(string updates, string records = "", string document = "") => $$"""
        {
          "version": 2,
          "edition": "2018-facts",
          "asOf": "2018-06",
          "records": {
            "sourceDocuments": [
              { "id": "{{Note}}", "title": "Note by the Secretariat", "publisher": "ASEAN Secretariat", "asOf": "2018-04", "paragraphCount": 6, "kind": "note",
                "issued": "2018-04-20", "placeOfIssueId": "bali", "url": "https://archive.example.org/note", "thirdPartyCopy": true, "sources": [{ "documentId": "{{Note}}" }] },
              { "id": "{{News}}", "title": "News item", "publisher": "UN News", "asOf": "2018-05-02", "paragraphCount": 0, "kind": "newsItem", "issued": "2018-05-02",
                "sources": [{ "documentId": "{{News}}" }] }{{(document.Length == 0 ? "" : ",\n" + document)}}
            ]{{records}}
          },
          "updates": {{updates}}
        }
        """;

    public static PartnershipDataset Merge(string updates, string records = "") => DatasetJson.Merge(Partnership.Current, Of(updates, records), "later.json");

    public static DatasetResult TryMerge(string updates, string records = "", string document = "") =>
        DatasetJson.TryMerge(Partnership.Current, Of(updates, records, document), "later.json");

    /// <summary>Merges a document that must be refused, returning its one problem.</summary>
    public static DatasetProblem Refused(string updates, string records = "", string document = "")
    {
        var result = TryMerge(updates, records, document);
        Assert.False(result.IsValid);
        Assert.Null(result.Dataset);
        return Assert.Single(result.Problems);
    }

    /// <summary>Exports <paramref name="dataset"/>, imports the export and checks it exports the same bytes again.</summary>
    public static PartnershipDataset RoundTrip(PartnershipDataset dataset)
    {
        var json = DatasetJson.Export(dataset);
        var imported = DatasetJson.Import(json, "export.json");
        Assert.Equal(json, DatasetJson.Export(imported));
        return imported;
    }
}
