using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Tests.TestData;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// The import reads a sound document in one pass (<see cref="DirectDatasetReader"/>) and any other again with
/// positions. Both readings must give the same answer for every document: the same dataset, or the same problems
/// with the same messages, paths, lines and columns in the same order. These tests compare the import with the
/// positioned reading alone, on sound documents and on every one-step edit of small ones.
/// </summary>
public sealed class ImportReadingAgreementTests
{
    private const string Name = "doc.json";

    private static readonly string LaterReport = File.ReadAllText(MergeTests.TestDataPath("later-report.json"));

    // The sample dataset, with a status history, an inference and a claim, so that every type of the format is in it.
    private static readonly string Sample = DatasetJson.Export(new PartnershipDataset("test-1", PartialDate.Month(2017, 3), SampleDataset.Records().ConvertAll(Enriched)));

    [Fact]
    public void The_export_of_the_built_in_dataset_is_read_in_one_pass_into_the_dataset_the_positioned_reading_gives()
    {
        var utf8 = Encoding.UTF8.GetBytes(DatasetJson.Export(Partnership.Current));

        Assert.NotNull(DirectDatasetReader.TryRead(utf8, null, out _));
        AssertSameAnswer(utf8, null, "the export");
        Assert.Equal(DatasetJson.Export(Partnership.Current), DatasetJson.Export(DatasetJsonReader.Read(utf8, null, Name).Dataset!));
    }

    [Fact]
    public void Sound_documents_and_merges_are_read_in_one_pass_into_the_same_datasets()
    {
        var earlier = File.ReadAllBytes(MergeTests.TestDataPath("export-v1-2017-03.json"));
        var later = Encoding.UTF8.GetBytes(LaterReport);
        var sample = Encoding.UTF8.GetBytes(Sample);

        Assert.NotNull(DirectDatasetReader.TryRead(earlier, null, out _));
        Assert.NotNull(DirectDatasetReader.TryRead(later, Partnership.Current, out _));
        Assert.NotNull(DirectDatasetReader.TryRead(sample, null, out _));
        AssertSameAnswer(earlier, null, "the version 1 export");
        AssertSameAnswer(later, Partnership.Current, "the later report merged");
        AssertSameAnswer(sample, null, "the sample");
        AssertSameAnswer([0xEF, 0xBB, 0xBF, .. sample], null, "the sample after a byte-order mark");
    }

    [Fact]
    public void A_document_with_updates_is_read_with_positions_only()
    {
        using var stream = typeof(DatasetJson).Assembly.GetManifestResourceStream("AseanUn.Layers.chairmans-statement-9th-asean-un-summit.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var layer = copy.ToArray();

        Assert.Null(DirectDatasetReader.TryRead(layer, Partnership.Current, out _));
        AssertSameAnswer(layer, Partnership.Current, "the layer");
        Assert.True(DatasetJsonReader.Read(layer, Partnership.Current, Name).IsValid);
    }

    [Theory]
    [InlineData("\"kind\": \"workshop\"", "\"kind\": \"Workshop\"")] // another case of an enumeration name
    [InlineData("\"kind\": \"workshop\"", "\"kind\": \"workshop, summit\"")] // a list of names
    [InlineData("\"kind\": \"workshop\"", "\"kind\": \"3\"")] // a number as text
    [InlineData("\"title\": \"Workshop on Children\"", "\"title\": \"Workshop on Children\", \"title\": \"Again\"")] // a repeated property
    [InlineData("\"title\": \"Workshop on Children\"", "\"title\": \"Workshop on Children\", \"label\": \"x\"")] // a computed property
    [InlineData("\"title\": \"Workshop on Children\"", "\"title\": null")] // null where required
    [InlineData("\"title\": \"Workshop on Children\"", "\"Title\": \"Workshop on Children\"")] // a name in another case
    [InlineData("\"actionLineCodes\": [", "\"actionLineCodes\": [null, ")] // a null item
    [InlineData("\"version\": 2", "\"version\": 2.0")]
    [InlineData("\"version\": 2", "\"version\": 3")]
    [InlineData("\"edition\": \"test-1\"", "\"edition\": \"\"")]
    [InlineData("\"edition\": \"test-1\"", "\"edition\": null")]
    [InlineData("\"records\": {", "\"records\": { \"events\": [], ")] // a repeated group
    [InlineData("\"records\": {", "\"records\": { \"figures\": null, ")] // a null group, which the format allows
    [InlineData("\"records\": {", "\"records\": { \"events\": [null], ")] // a null record
    [InlineData("\"records\": {", "\"updates\": null, \"records\": {")] // no updates
    [InlineData("\"paragraph\": 1", "\"paragraph\": 1 /* a comment */")]
    [InlineData("\"paragraph\": 1", "\"paragraph\": 1,")]
    [InlineData("\"paragraph\": 1", "\"paragraph\": \"1\"")]
    [InlineData("\"paragraph\": 1", "\"paragraph\": null")] // a paragraph may be left out
    [InlineData("\"documentId\": \"test-report\"", "\"documentId\": null")]
    [InlineData("\"property\": \"status\"", "\"property\": \"label\"")] // a statement about a property the format leaves out
    [InlineData("\"property\": \"status\"", "\"property\": \"\"")]
    public void A_single_edit_gets_the_same_answer_from_both_readings(string replace, string with)
    {
        Assert.Contains(replace, Sample, StringComparison.Ordinal);
        AssertSameAnswer(Encoding.UTF8.GetBytes(ReplaceFirst(Sample, replace, with)), null, with);
    }

    [Theory]
    [InlineData("people", "roles")]
    [InlineData("groupings", "memberIds")]
    [InlineData("events", "sources")]
    public void A_required_list_given_as_null_is_refused_by_both_readings(string group, string property)
    {
        var document = JsonNode.Parse(Sample)!;
        document["records"]![group]![0]![property] = null;
        var utf8 = Encoding.UTF8.GetBytes(document.ToJsonString());

        AssertSameAnswer(utf8, null, $"{group}[0].{property}: null");
        var problem = Assert.Single(DatasetJsonReader.Read(utf8, null, Name).Problems);
        Assert.Equal(($"$.records.{group}[0].{property}", "Expected an array, but found null."), (problem.Path, problem.Message));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_one_step_edit_of_a_document_with_every_type_gets_the_same_answer_from_both_readings()
    {
        var accepted = 0;
        foreach (var (what, utf8) in DocumentEdits.Of(Sample))
        {
            accepted += AssertSameAnswer(utf8, null, what) ? 1 : 0;
        }

        // Some edits leave a sound document (an optional property removed, say), so the one-pass reading was compared too.
        Assert.InRange(accepted, 50, int.MaxValue);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_one_step_edit_of_a_merge_gets_the_same_answer_from_both_readings()
    {
        var accepted = 0;
        foreach (var (what, utf8) in DocumentEdits.Of(LaterReport))
        {
            accepted += AssertSameAnswer(utf8, Partnership.Current, what) ? 1 : 0;
        }

        Assert.InRange(accepted, 10, int.MaxValue);
    }

    // Returns whether the one-pass reading took the document.
    private static bool AssertSameAnswer(byte[] utf8, PartnershipDataset? baseDataset, string what)
    {
        var positioned = DatasetJsonReader.ReadWithPositions(utf8, baseDataset, Name);
        var read = DatasetJsonReader.Read(utf8, baseDataset, Name);

        Assert.True(positioned.Problems.SequenceEqual(read.Problems), $"{what}: {string.Join(" | ", read.Problems)} instead of {string.Join(" | ", positioned.Problems)}");
        Assert.True(positioned.IsValid == read.IsValid, what);
        if (positioned.Dataset is { } expected)
        {
            Assert.True(DatasetJson.Export(expected) == DatasetJson.Export(read.Dataset!), what);
        }

        var bytes = utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        return DirectDatasetReader.TryRead(bytes, baseDataset, out _) is not null;
    }

    private static string ReplaceFirst(string text, string replace, string with)
    {
        var at = text.IndexOf(replace, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + replace.Length));
    }

    private static PartnershipRecord Enriched(PartnershipRecord record) => record switch
    {
        Instrument { Id: "unicef-fac" } instrument => instrument with
        {
            History =
            [
                new StatusEntry { Status = InstrumentStatus.Planned, Date = PartialDate.Year(2014), Sources = SampleDataset.Cite(8) },
                new StatusEntry { Status = InstrumentStatus.Signed, Date = PartialDate.Day(2014, 12, 3), Sources = SampleDataset.Cite(8) },
            ],
            Inferences = [new Inference("Status", "Signed agreements are in force from signature.")],
            Claims = [new Claim { Property = "date", Value = "2014-12-03", Sources = SampleDataset.Cite(8), Rank = ClaimRank.Preferred }],
        },
        _ => record,
    };
}
