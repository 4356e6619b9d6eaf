using System.IO;
using System.Linq;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Json;

/// <summary>A file the format-1 export wrote before records carried inferences, histories and claims still reads, unchanged.</summary>
public sealed class VersionOneTests
{
    private static readonly string Path = MergeTests.TestDataPath("export-v1-2017-03.json");

    [Fact]
    public void A_version_1_export_imports_and_exports_back_the_same_but_for_its_version()
    {
        var original = File.ReadAllBytes(Path);

        var dataset = DatasetJson.Import(original, "export-v1-2017-03.json");
        using var written = new MemoryStream();
        DatasetJson.Export(dataset, written);

        var text = System.Text.Encoding.UTF8.GetString(original);
        Assert.Contains("\"version\": 1,", text);
        Assert.Equal(text.Replace("\"version\": 1,", "\"version\": 2,", System.StringComparison.Ordinal), System.Text.Encoding.UTF8.GetString(written.ToArray()));
        Assert.All(dataset.Records, r => Assert.True(r.Statements.IsEmpty));
    }

    [Fact]
    public void The_version_1_file_is_the_report_before_the_audit()
    {
        var dataset = DatasetJson.ImportFile(Path);

        // The audit changed what the built-in dataset says, not what an old file says.
        Assert.Equal(InstrumentStatus.Adopted, dataset.Get<Instrument>("co-chairs-statement-2010").Status);
        Assert.Equal(InstrumentStatus.Issued, Partnership.Current.Get<Instrument>("co-chairs-statement-2010").Status);
        // The file is history: records added since are not in it, and none of its records has gone.
        Assert.Empty(dataset.Records.Select(r => r.Id).Except(Partnership.Current.Records.Select(r => r.Id)));
    }

    [Fact]
    public void Version_1_inferences_claims_and_history_import_as_statements_and_export_as_version_2()
    {
        const string Json = """
            {
              "version": 1,
              "edition": "v1",
              "asOf": "2017-03",
              "records": {
                "sourceDocuments": [{ "id": "report", "title": "Report", "publisher": "P", "asOf": "2017-03", "paragraphCount": 20, "sources": [{ "documentId": "report", "paragraph": 1 }] }],
                "instruments": [{
                  "id": "plan", "kind": "planOfAction", "title": "Plan", "status": "adopted",
                  "history": [{ "status": "planned", "date": "2015-11-22", "sources": [{ "documentId": "report", "paragraph": 9 }] },
                              { "status": "adopted", "date": "2016-09", "sources": [{ "documentId": "report", "paragraph": 10 }] }],
                  "sources": [{ "documentId": "report", "paragraph": 9 }, { "documentId": "report", "paragraph": 10 }],
                  "inferences": [{ "property": "Date", "reason": "The summit's year." }],
                  "claims": [{ "property": "Title", "value": "Plan", "sources": [{ "documentId": "report", "paragraph": 9 }], "rank": "preferred" }]
                }]
              }
            }
            """;

        var plan = DatasetJson.Import(Json, "v1.json").Get<Instrument>("plan");

        Assert.Equal(
            ["status planned 2015-11-22", "status adopted 2016-09", "title Plan ", "date  "],
            plan.Statements.Select(s => $"{s.Property} {s.Value} {s.Time}"));
        Assert.Equal("The summit's year.", plan.ReasonInferred("Date"));
        Assert.Equal(StatementRank.Preferred, plan.Statements[2].Rank);
        var export = DatasetJson.Export(DatasetJson.Import(Json, "v1.json"));
        Assert.Contains("\"version\": 2,", export);
        Assert.Contains("\"statements\": [", export);
        Assert.DoesNotContain("\"history\"", export);
        Assert.Equal(plan, DatasetJson.Import(export, "v2.json").Get<Instrument>("plan"));
    }
}
