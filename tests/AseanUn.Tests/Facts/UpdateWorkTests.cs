using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>
/// The new update kinds aimed at one record cost work linear in their number, like the others: work is counted (record
/// elements the drafts copy, scan or serialize), never timed.
/// </summary>
public sealed class UpdateWorkTests
{
    private const string Head = """
        {"version":2,"edition":"2018-test","asOf":"2018-06","records":{},
        "updates":{
        """;

    private static string AlternativeNames(int count) => Head + "\"alternativeNames\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"summit-4","name":"Summit name {{i}}","sources":[{"documentId":"big-overview","paragraph":{{i}}}],"quote":"name {{i}}"}""")) + "]}}";

    private static string Corroborations(int count) => Head + "\"corroborations\":[" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
        $$"""{"recordId":"summit-4","property":"title","sources":[{"documentId":"big-overview","paragraph":{{i}}}]}""")) + "]}}";

    private static long WorkOf(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var root = PositionedJsonParser.Parse(utf8, new LineMap(utf8), out var error);
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
        var checker = new JsonShapeChecker();

        var changed = DatasetUpdater.Apply(root!.Property("updates")!, utf8, checker, Partnership.Current, groups, out var work);

        Assert.Empty(checker.Problems);
        Assert.Single(changed);
        return work;
    }

    [Theory]
    [InlineData(nameof(AlternativeNames))]
    [InlineData(nameof(Corroborations))]
    public void Many_entries_of_a_new_kind_for_one_record_cost_work_linear_in_their_number(string kind)
    {
        Func<int, string> document = kind == nameof(AlternativeNames) ? AlternativeNames : Corroborations;

        var small = WorkOf(document(1_000));
        var large = WorkOf(document(4_000));

        // Four times the entries: about four times the work; a scan of the record's statements per entry makes it sixteen.
        Assert.InRange((double)large / small, 3.0, 4.5);
    }
}
