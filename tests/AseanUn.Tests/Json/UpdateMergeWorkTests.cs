using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Json;

/// <summary>
/// Many updates aimed at one record cost work linear in their number: the record is not rebuilt per update. Work is
/// counted (record elements — sources, claims, inferences, history steps — that applying the updates copies, scans or
/// serializes), never timed; and, for the steps that count nothing (the touch lists, each update's parse, the check of
/// the merged records), the whole merge's allocated bytes are compared.
/// </summary>
public sealed class UpdateMergeWorkTests
{
    private const string Head = """
        {"version":1,"edition":"2018-test","asOf":"2018-06","records":{"sourceDocuments":[
        {"id":"big-overview","title":"Big Overview","publisher":"Test","asOf":"2018-06","paragraphCount":1000000,"sources":[{"documentId":"big-overview","paragraph":1}]}]},
        "updates":{
        """;

    internal static string Corrections(int count) => Head + "\"corrections\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"summit-4","property":"title","value":"Title {{i}}","sources":[{"documentId":"big-overview","paragraph":{{i}}}],"reason":"Correction {{i}}."}""")) + "]}}";

    internal static string Citations(int count) => Head + "\"citations\":[{\"recordId\":\"summit-4\",\"sources\":[" + string.Join(",", Enumerable.Range(1, count).Select(i =>
        $$"""{"documentId":"big-overview","paragraph":{{i}}}""")) + "]}]}}";

    internal static string StatusSteps(int count) => Head + "\"statusEntries\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"asean-un-work-plan-environment-climate-change","status":"{{(i % 2 == 0 ? "adopted" : "inForce")}}","date":"2018","sources":[{"documentId":"big-overview","paragraph":{{i}}}]}""")) + "]}}";

    internal static string AlternativeNames(int count) => Head + "\"alternativeNames\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"summit-4","name":"Summit name {{i}}","sources":[{"documentId":"big-overview","paragraph":{{i}}}],"quote":"name {{i}}"}""")) + "]}}";

    internal static string Corroborations(int count) => Head + "\"corroborations\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"summit-4","property":"title","sources":[{"documentId":"big-overview","paragraph":{{i}}}]}""")) + "]}}";

    // Applies the document's updates to the built-in dataset plus its own source document, as a merge does.
    private static long WorkOf(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var lines = new LineMap(utf8);
        var root = PositionedJsonParser.Parse(utf8, lines, out var error);
        Assert.Null(error);
        var groups = new List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        groups[RecordTypes.IndexOfGroup("sourceDocuments")].Add(new SourceDocument
        {
            Id = "big-overview", Title = "Big Overview", Publisher = "Test", AsOf = PartialDate.Month(2018, 6), ParagraphCount = 1_000_000,
            Sources = [new Citation("big-overview", 1)],
        });
        var checker = new JsonShapeChecker(lines);

        var changed = DatasetUpdater.Apply(root!.Property("updates")!, utf8, checker, Partnership.Current, groups, out var work);

        Assert.Empty(checker.Problems);
        Assert.True(changed.Count == 1, "the updates changed one record");
        return work;
    }

    private static void AssertLinear(Func<int, string> document)
    {
        var small = WorkOf(document(1_000));
        var large = WorkOf(document(4_000));

        // Four times the updates: about four times the work (one rebuild per update would make it sixteen).
        Assert.InRange((double)large / small, 3.0, 4.5);
        Assert.True(large <= 20L * 4_000, $"{large} record elements handled for 4,000 updates");
    }

    [Fact]
    public void Corrections_of_one_property_of_one_record_cost_work_linear_in_their_number() => AssertLinear(Corrections);

    [Fact]
    public void One_citation_update_with_many_sources_costs_work_linear_in_their_number() => AssertLinear(Citations);

    [Fact]
    public void Status_steps_of_one_instrument_cost_work_linear_in_their_number() => AssertLinear(StatusSteps);

    [Fact]
    public void Alternative_names_of_one_record_cost_work_linear_in_their_number() => AssertLinear(AlternativeNames);

    [Fact]
    public void Corroborations_of_one_value_cost_work_linear_in_their_number() => AssertLinear(Corroborations);

    // Bytes the whole merge allocates on this thread (reading, updating, the touch lists, the merged-records check and
    // the new dataset), after one merge of the same size has loaded and warmed up everything.
    private static long AllocatedByMerge(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.True(DatasetJson.TryMerge(Partnership.Current, utf8).IsValid);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DatasetJson.TryMerge(Partnership.Current, utf8);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(result.IsValid);
        return allocated;
    }

    private static void AssertWholeMergeLinear(Func<int, string> document)
    {
        var small = AllocatedByMerge(document(1_000));
        var large = AllocatedByMerge(document(4_000));

        // Measured: 3.96 for corrections and status steps (about 6 and 5 MB for 1,000), and the same for sources,
        // as the dataset itself is shared, not copied (a merge of no updates allocates under 0.1 MB). One step that
        // handles every earlier update again would make it sixteen, and even a quadratic share of a tenth of the
        // 1,000-update cost lifts it past five; five leaves room for lists that grow by doubling.
        var ratio = (double)large / small;
        Assert.True(ratio < 5.0, $"{large:N0} bytes allocated for 4,000 updates, {small:N0} for 1,000: {ratio:F2} times");
    }

    [Fact]
    public void A_merge_of_many_corrections_allocates_in_proportion_to_their_number() => AssertWholeMergeLinear(Corrections);

    [Fact]
    public void A_merge_of_one_citation_update_with_many_sources_allocates_in_proportion_to_their_number() => AssertWholeMergeLinear(Citations);

    [Fact]
    public void A_merge_of_many_status_steps_allocates_in_proportion_to_their_number() => AssertWholeMergeLinear(StatusSteps);

    [Fact]
    public void The_many_updates_apply_in_full()
    {
        var corrected = DatasetJson.Merge(Partnership.Current, Corrections(1_000)).Get<Event>("summit-4");
        Assert.Equal("Title 1000", corrected.Title);
        Assert.Equal(1_001, corrected.Claims.Count);
        Assert.Equal(("4th ASEAN-UN Summit", ClaimRank.Normal), (corrected.Claims[0].Value, corrected.Claims[0].Rank));
        Assert.Equal(1, corrected.Claims.Count(c => c.Rank == ClaimRank.Preferred));
        Assert.Equal(ClaimRank.Preferred, corrected.Claims[^1].Rank);

        var cited = DatasetJson.Merge(Partnership.Current, Citations(1_000)).Get<Event>("summit-4");
        Assert.Equal(Partnership.Current.Get<Event>("summit-4").Sources.Count + 1_000, cited.Sources.Count);

        var stepped = DatasetJson.Merge(Partnership.Current, StatusSteps(1_000)).Get<Instrument>("asean-un-work-plan-environment-climate-change");
        Assert.Equal(1_001, stepped.History.Count); // the report's own step (¶34) and the 1,000 added
        Assert.Equal(InstrumentStatus.Adopted, stepped.Status);
    }
}
