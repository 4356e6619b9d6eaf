using System;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// Every kind of bad document is rejected with its exact path, line and column. Documents are a small valid dataset
/// whose only event stands alone on line 13; each test changes that line, and expected columns are found in it.
/// </summary>
public sealed class RejectionTests
{
    private const int EventLine = 13;

    internal const string ValidEvent =
        """{ "id": "e1", "kind": "workshop", "title": "Workshop", "date": "2015-06-19", "actionLineCodes": ["SC.1.2"], "sources": [{ "documentId": "doc", "paragraph": 2 }] }""";

    internal static string Document(string eventLine, string version = "1") =>
        $$"""
        {
          "version": {{version}},
          "edition": "t",
          "asOf": "2017",
          "records": {
            "sourceDocuments": [
              { "id": "doc", "title": "Doc", "publisher": "P", "asOf": "2017", "paragraphCount": 5, "sources": [{ "documentId": "doc", "paragraph": 1 }] }
            ],
            "pillars": [{ "id": "SC", "name": "Socio-Cultural Cooperation", "sources": [{ "documentId": "doc", "paragraph": 1 }] }],
            "areas": [{ "id": "SC.1", "pillarCode": "SC", "name": "Area", "sources": [{ "documentId": "doc", "paragraph": 1 }] }],
            "actionLines": [{ "id": "SC.1.2", "areaCode": "SC.1", "name": "Children", "sources": [{ "documentId": "doc", "paragraph": 1 }] }],
            "events": [
              {{eventLine}}
            ]
          }
        }
        """;

    internal static string Event(string replace, string with) =>
        ValidEvent.Contains(replace, StringComparison.Ordinal) ? ValidEvent.Replace(replace, with, StringComparison.Ordinal) : throw new ArgumentException(replace);

    // The 1-based column of the first occurrence of text on the event line (indented by six spaces in the document).
    private static int ColumnOf(string eventLine, string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = eventLine.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{text}' is not on the line");
        return 6 + index + 1;
    }

    private static DatasetProblem[] Problems(string json)
    {
        var result = DatasetJson.TryImport(json, "test.json");
        Assert.False(result.IsValid);
        Assert.Null(result.Dataset);
        var error = Assert.Throws<DatasetValidationException>(() => DatasetJson.Import(json, "test.json"));
        Assert.Equal(result.Problems, error.Problems);
        Assert.All(result.Problems, p => Assert.Equal("test.json", p.DocumentName));
        return [.. result.Problems];
    }

    private static void AssertSingle(string eventLine, DatasetProblemKind kind, string path, int column, string message)
    {
        var problem = Assert.Single(Problems(Document(eventLine)));
        Assert.Equal((kind, path, EventLine, column), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void The_template_document_is_valid()
    {
        var dataset = DatasetJson.Import(Document(ValidEvent));
        Assert.Equal("e1", dataset.Events[0].Id);
    }

    [Fact]
    public void Unknown_action_line_code()
    {
        var line = Event("\"SC.1.2\"]", "\"SC.1.2\", \"SC.9.9\"]");
        AssertSingle(line, DatasetProblemKind.UnknownCode, "$.records.events[0].actionLineCodes[1]", ColumnOf(line, "\"SC.9.9\""), "Unknown action-line code 'SC.9.9'; did you mean 'SC.1.2'?");
    }

    [Fact]
    public void Dangling_reference()
    {
        var line = Event("\"date\"", "\"placeId\": \"atlantis\", \"date\"");
        AssertSingle(line, DatasetProblemKind.DanglingReference, "$.records.events[0].placeId", ColumnOf(line, "\"atlantis\""), "'atlantis' names no record; placeId must name a Place.");
    }

    [Fact]
    public void Duplicate_id()
    {
        var line = Event("\"e1\"", "\"SC.1\"");
        var problems = Problems(Document(line));
        var duplicate = Assert.Single(problems, p => p.Kind == DatasetProblemKind.DuplicateId);
        Assert.Equal(("$.records.events[0].id", EventLine, ColumnOf(line, "\"SC.1\"")), (duplicate.Path, duplicate.Line!.Value, duplicate.Column!.Value));
        Assert.Equal("The id 'SC.1' is already used by the Area at $.records.areas[0].", duplicate.Message);
        // The id is also not kebab-case; both are reported.
        Assert.Contains(problems, p => p.Kind == DatasetProblemKind.InvalidId);
    }

    [Fact]
    public void Invalid_date()
    {
        var line = Event("\"2015-06-19\"", "\"2015-02-30\"");
        var problem = Assert.Single(Problems(Document(line)));
        Assert.Equal((DatasetProblemKind.InvalidDate, "$.records.events[0].date", EventLine, ColumnOf(line, "\"2015-02-30\"")), (problem.Kind, problem.Path, problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("day 30", problem.Message);
        Assert.Contains("28 days", problem.Message);
    }

    [Fact]
    public void End_before_start()
    {
        var line = Event("\"2015-06-19\"", "\"2015-06-19/2015-06-12\"");
        var problem = Assert.Single(Problems(Document(line)));
        Assert.Equal((DatasetProblemKind.EndBeforeStart, "$.records.events[0].date", EventLine, ColumnOf(line, "\"2015-06-19/")), (problem.Kind, problem.Path, problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("comes before the start", problem.Message);
    }

    [Fact]
    public void Missing_citation()
    {
        var line = Event("[{ \"documentId\": \"doc\", \"paragraph\": 2 }]", "[]");
        AssertSingle(line, DatasetProblemKind.MissingCitation, "$.records.events[0].sources", ColumnOf(line, "[]"),
            "The record cites no source paragraph; every fact must cite where it comes from.");
    }

    [Fact]
    public void Citation_of_a_paragraph_the_document_does_not_have()
    {
        var line = Event("\"paragraph\": 2", "\"paragraph\": 6");
        AssertSingle(line, DatasetProblemKind.InvalidCitation, "$.records.events[0].sources[0].paragraph", ColumnOf(line, "6 }"), "'doc' has paragraphs 1–5, not 6.");
    }

    [Fact]
    public void Wrong_type()
    {
        var line = Event("\"date\"", "\"ordinal\": \"four\", \"date\"");
        AssertSingle(line, DatasetProblemKind.WrongType, "$.records.events[0].ordinal", ColumnOf(line, "\"four\""), "Expected a whole number, but found a string.");

        line = Event("\"SC.1.2\"", "42");
        AssertSingle(line, DatasetProblemKind.WrongType, "$.records.events[0].actionLineCodes[0]", ColumnOf(line, "42"), "Expected a string, but found a number.");

        line = Event("\"date\": \"2015-06-19\"", "\"date\": 2015, \"ordinal\": 1.5");
        var problems = Problems(Document(line));
        Assert.Equal(["$.records.events[0].date", "$.records.events[0].ordinal"], Array.ConvertAll(problems, p => p.Path));
        Assert.Equal("Expected a whole number, but found a number with a fraction or out of range.", problems[1].Message);
    }

    [Fact]
    public void Unknown_enumeration_name()
    {
        var line = Event("\"workshop\"", "\"workshopp\"");
        var problem = Assert.Single(Problems(Document(line)));
        Assert.Equal((DatasetProblemKind.InvalidValue, "$.records.events[0].kind", ColumnOf(line, "\"workshopp\"")), (problem.Kind, problem.Path, problem.Column!.Value));
        Assert.StartsWith("'workshopp' is not one of the event kind names: summit, ministerialMeeting,", problem.Message);
    }

    [Fact]
    public void Unknown_property_with_a_suggestion()
    {
        var line = Event("\"date\"", "\"dtae\": \"x\", \"date\"");
        AssertSingle(line, DatasetProblemKind.UnknownProperty, "$.records.events[0].dtae", ColumnOf(line, "\"dtae\""), "Unknown property 'dtae'; did you mean 'date'?");
    }

    [Fact]
    public void Computed_properties_are_not_part_of_the_format()
    {
        var line = Event("\"date\"", "\"label\": \"Workshop\", \"date\"");
        AssertSingle(line, DatasetProblemKind.UnknownProperty, "$.records.events[0].label", ColumnOf(line, "\"label\""), "Unknown property 'label'.");
    }

    [Fact]
    public void Missing_required_property_is_reported_at_its_object()
    {
        var line = Event("\"title\": \"Workshop\", ", "");
        AssertSingle(line, DatasetProblemKind.MissingProperty, "$.records.events[0]", 7, "The required property 'title' is missing.");
    }

    [Fact]
    public void Property_given_twice()
    {
        var line = Event("\"date\"", "\"title\": \"Again\", \"date\"");
        AssertSingle(line, DatasetProblemKind.DuplicateProperty, "$.records.events[0].title", ColumnOf(line, "\"title\"", 2), "The property 'title' is given more than once.");
    }

    [Fact]
    public void Malformed_json_is_reported_where_the_syntax_breaks()
    {
        var line = Event("\"Workshop\", ", "\"Workshop\" ");
        var problem = Assert.Single(Problems(Document(line)));
        Assert.Equal((DatasetProblemKind.MalformedJson, "$.records.events[0]", EventLine, ColumnOf(line, "\"date\"")), (problem.Kind, problem.Path, problem.Line!.Value, problem.Column!.Value));
        Assert.DoesNotContain("LineNumber", problem.Message);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("{", 1, 2)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("[1,]", 1, 4)]
    public void Malformed_json_at_the_edges(string json, int line, int column)
    {
        var problem = Assert.Single(Problems(json));
        Assert.Equal((DatasetProblemKind.MalformedJson, line, column), (problem.Kind, problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void Hostile_input_is_a_problem_never_a_crash()
    {
        var deep = Assert.Single(Problems(new string('[', 200) + new string(']', 200)));
        Assert.Equal(DatasetProblemKind.LimitExceeded, deep.Kind);

        var badUtf8 = DatasetJson.TryImport([(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        Assert.Equal(DatasetProblemKind.MalformedJson, Assert.Single(badUtf8.Problems).Kind);

        var line = Event("\"date\"", "\"ordinal\": 1e400, \"date\"");
        AssertSingle(line, DatasetProblemKind.WrongType, "$.records.events[0].ordinal", ColumnOf(line, "1e400"), "Expected a whole number, but found a number with a fraction or out of range.");
    }

    [Fact]
    public void Unsupported_version_is_reported_alone()
    {
        var problem = Assert.Single(Problems(Document(Event("\"e1\"", "\"E 1\""), version: "3")));
        Assert.Equal((DatasetProblemKind.UnsupportedVersion, "$.version", 2, 14), (problem.Kind, problem.Path, problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void Wrong_root_shapes()
    {
        var problem = Assert.Single(Problems("[]"));
        Assert.Equal((DatasetProblemKind.WrongType, "$", 1, 1), (problem.Kind, problem.Path, problem.Line!.Value, problem.Column!.Value));

        var problems = Problems("""{ "version": 1, "edition": " ", "asOf": "2017", "records": { "events": {}, "meetings": [] } }""");
        Assert.Equal(
            [(DatasetProblemKind.InvalidValue, "$.edition"), (DatasetProblemKind.WrongType, "$.records.events"), (DatasetProblemKind.UnknownProperty, "$.records.meetings")],
            Array.ConvertAll(problems, p => (p.Kind, p.Path)));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var line = Event("\"Workshop\"", "\"Hội thảo về trẻ em\"").Replace("\"SC.1.2\"", "\"SC.7.7\"", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(Document(line)));
        Assert.Equal(ColumnOf(line, "\"SC.7.7\""), problem.Column);
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_do_not_shift_positions()
    {
        var line = Event("\"SC.1.2\"", "\"SC.7.7\"");
        var json = "\uFEFF" + Document(line).ReplaceLineEndings("\r\n");
        var problem = Assert.Single(DatasetJson.TryImport(System.Text.Encoding.UTF8.GetBytes(json)).Problems);
        Assert.Equal((EventLine, ColumnOf(line, "\"SC.7.7\"")), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_document_order_without_cascades()
    {
        // A broken first event (unknown property, wrong type) is set aside, yet its id still counts: the second
        // event's reference to it is not dangling. The second event has problems of its own.
        var first = Event("\"date\"", "\"titel\": 1, \"ordinal\": true, \"date\"");
        var second = """{ "id": "e2", "kind": "meeting", "title": "M", "date": "2016/2015", "sidelinesOfId": "e1", "actionLineCodes": ["SC.4.4"], "sources": [] }""";
        var problems = Problems(Document(first + ",\n      " + second));

        Assert.Equal(
            [
                (DatasetProblemKind.UnknownProperty, "$.records.events[0].titel", 13),
                (DatasetProblemKind.WrongType, "$.records.events[0].ordinal", 13),
                (DatasetProblemKind.EndBeforeStart, "$.records.events[1].date", 14),
            ],
            Array.ConvertAll(problems, p => (p.Kind, p.Path, p.Line!.Value)));
    }

    [Fact]
    public void Semantic_problems_of_sound_records_are_reported_alongside_shape_problems()
    {
        var first = Event("\"date\"", "\"ordinal\": true, \"date\"");
        var second = """{ "id": "e2", "kind": "meeting", "title": "M", "date": "2016", "sidelinesOfId": "e1", "placeId": "e1", "actionLineCodes": ["SC.4.4"], "sources": [] }""";
        var problems = Problems(Document(first + ",\n      " + second));

        Assert.Equal(
            [
                (DatasetProblemKind.WrongType, "$.records.events[0].ordinal", 13),
                (DatasetProblemKind.DanglingReference, "$.records.events[1].placeId", 14),
                (DatasetProblemKind.UnknownCode, "$.records.events[1].actionLineCodes[0]", 14),
                (DatasetProblemKind.MissingCitation, "$.records.events[1].sources", 14),
            ],
            Array.ConvertAll(problems, p => (p.Kind, p.Path, p.Line!.Value)));
        Assert.Equal("'e1' is an Event, but placeId must name a Place.", problems[1].Message);
    }
}
