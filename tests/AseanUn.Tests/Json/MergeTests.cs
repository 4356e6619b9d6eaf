using System;
using System.IO;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Tests.Queries;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>Merging the later-report file kept in TestData into the built-in dataset.</summary>
public sealed class MergeTests
{
    internal static string TestDataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static readonly string LaterReport = File.ReadAllText(TestDataPath("later-report.json"));

    [Fact]
    public void The_later_report_merges_into_the_built_in_dataset_and_references_point_into_either()
    {
        var builtIn = Partnership.Current;
        var merged = DatasetJson.Merge(builtIn, LaterReport, "later-report.json");

        Assert.Equal("2017-03 + 2018-example", merged.Edition);
        Assert.Equal(PartialDate.Month(2018, 6), merged.AsOf);
        Assert.Equal(builtIn.Records.Count + 7, merged.Records.Count);
        // The built-in grouping CLMV reaches Lao PDR; the activity names Lao PDR directly.
        Assert.Equal(["example-workshop", "example-support"], Ids.Of(merged.Query().InvolvingMemberState("Lao PDR").Matching("example").ToRecords()));
        Assert.Equal(
            Ids.Of(builtIn.RecordsUnderActionLine(ActionLineCodes.Children)).Append("example-workshop").Append("example-support").Order(),
            Ids.Of(merged.RecordsUnderActionLine(ActionLineCodes.Children)).Order());
        Assert.Equal([.. Ids.Of(builtIn.EventsAt("Thailand")), "example-workshop"], Ids.Of(merged.EventsAt("Thailand")));
        Assert.Equal(["example-workshop"], Ids.Of(merged.EventsAt("Example City")));
        var link = Assert.Single(merged.CooperationLinksOf("Example Agency"));
        Assert.Equal(["SC.1.2", "SC.3.2"], link.ActionLineCodes);
        Assert.Equal(3, link.Evidence.Count);
    }

    [Fact]
    public void Merging_leaves_the_base_dataset_unchanged_and_the_result_round_trips()
    {
        var before = DatasetJson.Export(Partnership.Current);
        var merged = DatasetJson.Merge(Partnership.Current, LaterReport);

        Assert.Equal(before, DatasetJson.Export(Partnership.Current));
        Assert.Equal(DatasetJson.Export(merged), DatasetJson.Export(DatasetJson.Import(DatasetJson.Export(merged))));
    }

    [Fact]
    public void The_later_report_alone_is_rejected_for_what_only_the_base_supplies()
    {
        var problems = DatasetJson.TryImport(LaterReport, "later-report.json").Problems;

        Assert.Equal(
            [
                ("$.records.instruments[0].actionLineCodes[0]", 79, 11),
                ("$.records.events[0].participantIds[2]", 99, 11),
                ("$.records.events[0].actionLineCodes[0]", 102, 11),
                ("$.records.activities[0].partnerIds[1]", 121, 11),
                ("$.records.activities[0].actionLineCodes[0]", 124, 11),
            ],
            Array.ConvertAll([.. problems], p => (p.Path, p.Line!.Value, p.Column!.Value)));
        Assert.Equal("later-report.json(99,11): $.records.events[0].participantIds[2]: 'clmv' names no record; participantIds must name an Organisation, MemberState, StateGrouping or Person.", problems[1].ToString());
    }

    [Fact]
    public void Merging_twice_reports_every_id_the_base_already_has_and_merges_nothing()
    {
        var once = DatasetJson.Merge(Partnership.Current, LaterReport);
        var twice = DatasetJson.TryMerge(once, LaterReport);

        Assert.False(twice.IsValid);
        Assert.Equal(7, twice.Problems.Count);
        Assert.All(twice.Problems, p => Assert.Equal(DatasetProblemKind.DuplicateId, p.Kind));
        Assert.Contains("already used by the SourceDocument at the dataset merged into", twice.Problems[0].Message);
        Assert.Equal(once.Records.Count, Partnership.Current.Records.Count + 7);
    }

    [Fact]
    public void A_merge_document_that_breaks_a_rule_of_the_whole_is_rejected()
    {
        var clash = LaterReport.Replace("\"EXUNA\"", "\"CLMV\"", StringComparison.Ordinal).Replace("\"Example Agency\"", "\"example-venue\"", StringComparison.Ordinal);
        var merged = DatasetJson.TryMerge(Partnership.Current, clash);
        Assert.Empty(merged.Problems); // names of other record types do not clash with organisation names

        var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(LaterReport.Replace("\"lao-pdr\"", "\"example-workshop\"", StringComparison.Ordinal)));
        var error = Assert.Throws<DatasetValidationException>(() => DatasetJson.Merge(Partnership.Current, stream, "later.json"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("'example-workshop' is an Event, but partnerIds must name an Organisation, MemberState or StateGrouping.", problem.Message);
        Assert.StartsWith("The dataset is invalid: 1 problem.\nlater.json(121,11)", error.Message);
    }

    [Fact]
    public void Files_are_read_and_named_in_problems()
    {
        var path = TestDataPath("later-report.json");
        Assert.Equal(DatasetJson.Export(DatasetJson.Merge(Partnership.Current, LaterReport, "later-report.json")), DatasetJson.Export(DatasetJson.MergeFile(Partnership.Current, path)));
        var problem = DatasetJson.TryImportFile(path).Problems[0];
        Assert.Equal(path, problem.DocumentName);
        Assert.StartsWith(path + "(79,11): ", problem.ToString());
        var missing = Assert.Throws<DatasetValidationException>(() => DatasetJson.ImportFile(TestDataPath("missing.json")));
        Assert.Equal(DatasetProblemKind.Unreadable, Assert.Single(missing.Problems).Kind);
    }

    [Fact]
    public void In_memory_merge_and_json_merge_agree()
    {
        var fragment = DatasetJson.TryImport(LaterReport);
        Assert.False(fragment.IsValid);
        var viaJson = DatasetJson.Merge(Partnership.Current, LaterReport);
        var added = Array.FindAll([.. viaJson.Records], r => !Partnership.Current.TryGetRecord(r.Id, out _));
        var inMemory = Partnership.Current.Merge(viaJson.Layers[0].Edition, viaJson.AsOf, added);

        Assert.Equal(DatasetJson.Export(viaJson), DatasetJson.Export(inMemory));
        Assert.IsType<Event>(inMemory.GetRecord("example-workshop"));
    }
}
