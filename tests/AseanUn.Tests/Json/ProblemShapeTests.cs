using System;
using System.IO;
using System.Linq;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// Every check reports one problem shape: what is wrong (kind, code, message), how serious (severity), and where, in
/// the file (document, line, column) and in the JSON (path) — the syntax check, the shape checks, the validator, and
/// the check of a merge's updates alike; a dataset built in code has the path only.
/// </summary>
public sealed class ProblemShapeTests
{
    [Fact]
    public void A_file_import_gives_each_problem_its_file_line_column_path_severity_and_code()
    {
        var path = MergeTests.TestDataPath("later-report.json");

        var problems = DatasetJson.TryImportFile(path).Problems;

        Assert.Equal(5, problems.Count);
        Assert.All(problems, p => Assert.Equal((path, ProblemSeverity.Error), (p.DocumentName, p.Severity)));
        var problem = problems[1];
        Assert.Equal(
            new DatasetProblem(DatasetProblemKind.DanglingReference, "$.records.events[0].participantIds[2]", 99, 11,
                "'clmv' names no record; participantIds must name an Organisation, MemberState, StateGrouping or Person.")
            {
                DocumentName = path,
                Severity = ProblemSeverity.Error,
            },
            problem);
        Assert.Equal("DanglingReference", problem.Code);
    }

    [Theory]
    [InlineData("{\n  \"version\": 2,\n  \"edition\": ", "MalformedJson", 3, 14)]
    [InlineData("{\n  \"version\": 2,\n  \"edition\": \"x\",\n  \"asOf\": \"2018\",\n  \"records\": {},\n  \"colour\": 1\n}", "UnknownProperty", 6, 3)]
    public void The_syntax_and_shape_checks_give_the_same_shape(string json, string code, int line, int column)
    {
        var problem = Assert.Single(DatasetJson.TryImport(json, "doc.json").Problems);

        Assert.Equal((code, ProblemSeverity.Error, "doc.json", line, column), (problem.Code, problem.Severity, problem.DocumentName, problem.Line, problem.Column));
    }

    [Fact]
    public void A_problem_an_update_causes_has_the_same_shape_at_the_update()
    {
        const string citation = """{ "recordId": "summit-8", "sources": [{ "documentId": "later-overview", "paragraph": 15 }] }""";
        const string correction = """{ "recordId": "later-overview", "property": "paragraphCount", "value": 10, "sources": [{ "documentId": "later-overview", "paragraph": 2 }], "reason": "Fewer." }""";
        var json = MergeValidationTests.Document(("citations", citation), ("corrections", correction));

        var problem = Assert.Single(DatasetJson.TryMerge(Partnership.Current, json, "later.json").Problems);

        Assert.Equal(("InvalidCitation", ProblemSeverity.Error, "later.json", "$.updates.corrections[0].value", MergeValidationTests.FirstUpdateLine + 3),
            (problem.Code, problem.Severity, problem.DocumentName, problem.Path, problem.Line));
    }

    [Fact]
    public void A_dataset_built_in_code_gives_the_path_severity_and_code_without_a_file()
    {
        var records = Partnership.Current.Records.Select(r => r.Id == "summit-2" ? ((Event)r) with { PlaceId = "atlantis" } : r).ToList();

        var error = Assert.Throws<DatasetValidationException>(() => new PartnershipDataset("test", Partnership.Current.AsOf, records));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("DanglingReference", ProblemSeverity.Error, (string?)null, (int?)null), (problem.Code, problem.Severity, problem.DocumentName, problem.Line));
        Assert.StartsWith("$.records.events[", problem.Path, StringComparison.Ordinal);
        Assert.EndsWith("].placeId", problem.Path, StringComparison.Ordinal);
    }
}
