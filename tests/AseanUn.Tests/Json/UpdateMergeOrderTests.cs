using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// Many updates in one document, several to one record, merge to exactly what merging them one document at a time
/// does: each update sees the record as the updates before it left it.
/// </summary>
public sealed class UpdateMergeOrderTests
{
    private const string Records = """
        "sourceDocuments": [
          { "id": "later-overview", "title": "Later Overview", "publisher": "Test", "asOf": "2018-06", "paragraphCount": 20, "sources": [{ "documentId": "later-overview", "paragraph": 1 }] },
          { "id": "press-release", "title": "Press Release", "publisher": "Test", "asOf": "2017-11-13", "paragraphCount": 0, "kind": "pressRelease", "issued": "2017-11-13", "url": "https://example.org/pr", "sources": [{ "documentId": "press-release" }] }
        ]
        """;

    private const string Overview = """[{ "documentId": "later-overview", "paragraph": 2 }]""";

    // In the order a document applies them: status steps, then citations, then corrections.
    private static readonly (string Key, string Update)[] Updates =
    [
        ("statusEntries", """{ "recordId": "asean-un-work-plan-environment-climate-change", "status": "adopted", "date": "2017-11-13", "sources": [{ "documentId": "press-release" }] }"""),
        ("statusEntries", """{ "recordId": "asean-un-work-plan-environment-climate-change", "status": "inForce", "date": "2018", "sources": [{ "documentId": "later-overview", "paragraph": 3 }] }"""),
        ("statusEntries", """{ "recordId": "asean-un-plan-of-action-2016-2020", "status": "inForce", "date": "2017", "sources": [{ "documentId": "later-overview", "paragraph": 4 }] }"""),
        ("statusEntries", """{ "recordId": "asean-un-plan-of-action-2016-2020", "status": "concluded", "date": "2017", "sources": [{ "documentId": "later-overview", "paragraph": 4 }] }"""),
        ("citations", """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 2 }, { "documentId": "overview-2017", "paragraph": 10 }] }"""),
        ("citations", """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 3 }, { "documentId": "later-overview", "paragraph": 2 }] }"""),
        ("citations", """{ "recordId": "asean-un-work-plan-environment-climate-change", "sources": [{ "documentId": "later-overview", "paragraph": 7 }] }"""),
        ("corrections", $$"""{ "recordId": "unctad-x", "property": "date", "value": "2000-02-12/2000-02-19", "sources": {{Overview}}, "reason": "First." }"""),
        ("corrections", $$"""{ "recordId": "unctad-x", "property": "date", "value": "2000-02-13", "rank": "normal", "sources": {{Overview}}, "reason": "A disagreement." }"""),
        ("corrections", $$"""{ "recordId": "unctad-x", "property": "date", "value": "2000-02-14/2000-02-19", "sources": {{Overview}}, "reason": "Third." }"""),
        ("corrections", $$"""{ "recordId": "unctad-x", "property": "date", "value": "2000-02-15/2000-02-19", "sources": {{Overview}}, "reason": "Fourth." }"""),
        ("corrections", $$"""{ "recordId": "peacekeepers-contributed-2015", "property": "value", "value": 5.5e3, "sources": {{Overview}}, "reason": "Written with an exponent." }"""),
        ("corrections", $$"""{ "recordId": "peacekeepers-contributed-2015", "property": "value", "value": 5000, "rank": "normal", "sources": {{Overview}}, "reason": "Claimed after it." }"""),
        ("corrections", $$"""{ "recordId": "asean-un-work-plan-environment-climate-change", "property": "title", "value": "Work Plan", "sources": {{Overview}}, "reason": "Renamed." }"""),
        ("corrections", $$"""{ "recordId": "later-overview", "property": "paragraphCount", "value": 7, "sources": {{Overview}}, "reason": "Fewer paragraphs." }"""),
        ("corrections", """{ "recordId": "summit-8", "property": "note", "value": "Noted.", "sources": [{ "documentId": "later-overview", "paragraph": 7 }], "reason": "Within the seven." }"""),
        ("corrections", $$"""{ "recordId": "summit-8", "property": "note", "value": "Noted again.", "rank": "normal", "sources": {{Overview}}, "reason": "A second note." }"""),
    ];

    private static string Document(string records, IEnumerable<(string Key, string Update)> updates) =>
        $$"""{ "version": 1, "edition": "2018-test", "asOf": "2018-06", "records": { {{records}} }, "updates": { {{string.Join(", ",
            updates.GroupBy(u => u.Key).Select(g => $"\"{g.Key}\": [\n{string.Join(",\n", g.Select(u => u.Update))}\n]"))}} } }""";

    private static PartnershipDataset RecordsOf(PartnershipDataset stack) => new(stack.BaseEdition, stack.AsOf, stack.Records);

    [Fact]
    public void Updates_merged_at_once_equal_the_same_updates_merged_one_document_at_a_time()
    {
        var atOnce = DatasetJson.Merge(Partnership.Current, Document(Records, Updates), "all.json");

        var oneByOne = DatasetJson.Merge(Partnership.Current, Document(Records, Updates.Take(1)), "first.json");
        foreach (var update in Updates.Skip(1))
        {
            oneByOne = DatasetJson.Merge(oneByOne, Document("", [update]), "next.json");
        }

        // Equal exports also mean equal claims: the earlier value a claim records is the exported text ("5500"), not
        // the text a correction gave ("5.5e3").
        // The stacks differ in their manifests (one layer, or one per document), not in their records.
        Assert.Equal(DatasetJson.Export(RecordsOf(oneByOne)), DatasetJson.Export(RecordsOf(atOnce)));
        Assert.Equal(
            ["2000-02", "2000-02-12/2000-02-19", "2000-02-13", "2000-02-14/2000-02-19"],
            atOnce.Get<Event>("unctad-x").Claims.Take(4).Select(c => c.Value));
        Assert.Equal(["5500", "5.5e3", "5000"], atOnce.Get<Figure>("peacekeepers-contributed-2015").Claims.Take(3).Select(c => c.Value));
        Assert.Equal(7, atOnce.Get<SourceDocument>("later-overview").ParagraphCount);
        Assert.Equal("Noted.", atOnce.Get<Event>("summit-8").Note);
    }

    [Fact]
    public void A_citation_after_a_correction_of_the_paragraph_count_is_checked_against_the_corrected_count()
    {
        var late = ("corrections", """{ "recordId": "summit-8", "property": "note", "value": "Noted.", "sources": [{ "documentId": "later-overview", "paragraph": 8 }], "reason": "Past the seven." }""");

        var result = DatasetJson.TryMerge(Partnership.Current, Document(Records, [.. Updates, late]), "all.json");

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DatasetProblemKind.InvalidCitation, "$.updates.corrections[10].sources[0].paragraph"), (problem.Kind, problem.Path));
        Assert.Equal("'later-overview' has paragraphs 1–7, not 8.", problem.Message);
    }
}
