using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AseanUn.Model;
using Microsoft.CodeAnalysis.Testing;
using static AseanUn.Analyzers.Tests.JsonData.DataFiles;
using static AseanUn.Analyzers.Tests.Verifiers.JsonDataVerifier;

namespace AseanUn.Analyzers.Tests.JsonData;

/// <summary>
/// Each rule of the data-file analyzer on one broken value of an otherwise sound file, at the line and column of that
/// value; a sound file, and a project without data files, get nothing.
/// </summary>
public sealed class JsonDataAnalyzerTests
{
    [Fact]
    public Task A_sound_file_that_builds_on_the_shipped_stack_gets_nothing() => VerifyAsync(Path, Valid);

    [Fact]
    public Task Other_json_files_are_not_data_files() => VerifyAsync("data/notes.json", "{ not json");

    [Fact]
    public Task A_second_comma_is_malformed_json_at_its_place() => VerifyAsync(
        Path,
        With("\"version\": 2,", "\"version\": 2,,"),
        At("AUN0201", Path, 2, 16, 2, 17).WithMessage("Expected a property name in double quotes, but found ','."));

    [Fact]
    public Task A_string_left_open_is_malformed_json_where_it_starts() => VerifyAsync(
        Path,
        Valid.Substring(0, Valid.IndexOf("\"bangkok\"", StringComparison.Ordinal)) + "\"bang",
        At("AUN0201", Path, 24, 20, 24, 21).WithMessage("The string that starts here is never closed."));

    [Fact]
    public Task A_misspelt_property_is_unknown_with_the_nearest_name() => VerifyAsync(
        Path,
        With("\"ordinal\": 10", "\"ordinall\": 10"),
        At("AUN0202", Path, 22, 9, 22, 19).WithMessage("Unknown property 'ordinall' in an event; did you mean 'ordinal'?"));

    [Fact]
    public Task A_property_of_another_record_type_is_unknown_where_it_is_put() => VerifyAsync(
        Path,
        With("\"kind\": \"statement\",", "\"kind\": \"statement\",\n        \"placeId\": \"bangkok\","),
        At("AUN0202", Path, 14, 9, 14, 18).WithMessage("Unknown property 'placeId' in a source document"));

    [Fact]
    public Task An_unknown_record_group_is_reported_at_its_name_and_its_records_are_not_read() => VerifyAsync(
        Path,
        With("\"events\": [", "\"event\": ["),
        At("AUN0202", Path, 17, 5, 17, 12).WithMessage("Unknown record group 'event'; did you mean 'events'?"));

    [Fact]
    public Task A_property_given_twice_is_reported_at_its_second_name() => VerifyAsync(
        Path,
        With("\"kind\": \"summit\",", "\"kind\": \"summit\",\n      \"kind\": \"summit\","),
        At("AUN0202", Path, 21, 7, 21, 13).WithMessage("The property 'kind' is given more than once"));

    [Fact]
    public Task An_unknown_enumeration_name_lists_the_names_and_the_nearest() => VerifyAsync(
        Path,
        With("\"kind\": \"summit\"", "\"kind\": \"sumit\""),
        At("AUN0203", Path, 20, 17, 20, 24)
            .WithMessage($"'sumit' is not one of the event kind names: {string.Join(", ", Enum.GetNames<EventKind>().Select(JsonNamingPolicy.CamelCase.ConvertName))}; did you mean 'summit'?"));

    [Theory]
    [InlineData("\"10\"", "Expected a whole number, but found a string")]
    [InlineData("10.5", "Expected a whole number, but found a number with a fraction or out of range")]
    [InlineData("[10]", "Expected a whole number, but found an array")]
    public Task A_value_of_the_wrong_type_is_reported_at_the_value(string ordinal, string message) => VerifyAsync(
        Path,
        With("\"ordinal\": 10", "\"ordinal\": " + ordinal),
        At("AUN0203", Path, 22, 20, 22, ordinal == "[10]" ? 21 : 20 + ordinal.Length).WithMessage(message));

    [Fact]
    public Task Null_where_a_value_is_required_is_the_wrong_type() => VerifyAsync(
        Path,
        With("\"title\": \"10th ASEAN-United Nations Summit\"", "\"title\": null"),
        At("AUN0203", Path, 21, 18, 21, 22).WithMessage("Expected a string, but found null"));

    [Fact]
    public Task A_version_the_library_does_not_read_is_reported_at_the_version() => VerifyAsync(
        Path,
        With("\"version\": 2", "\"version\": 3"),
        At("AUN0203", Path, 2, 14, 2, 15).WithMessage("Format version 3 is not supported; this version of AseanUn reads versions 1–2"));

    [Fact]
    public Task An_action_line_the_stack_does_not_have_is_an_unknown_code_with_the_nearest_lines() => VerifyAsync(
        Path,
        With("[\"PS.1.2\"]", "[\"PS.1.9\"]"),
        At("AUN0204", Path, 26, 29, 26, 37)
            .WithMessage("'PS.1.9' is not an action-line code of the stack this file builds on; did you mean 'PS.1.6', 'PS.1.5' or 'PS.1.4'?"));

    [Fact]
    public Task A_place_nothing_in_the_stack_has_is_a_dangling_reference() => VerifyAsync(
        Path,
        With("\"bangkok\"", "\"bangkokk\""),
        At("AUN0205", Path, 24, 20, 24, 30)
            .WithMessage("'bangkokk' names no place of the built-in dataset, its shipped layers or the files of the stack; did you mean 'bangkok'?"));

    [Fact]
    public Task A_reference_to_a_record_of_another_type_says_what_it_names() => VerifyAsync(
        Path,
        With("[\"asean\", \"un-secretary-general\"]", "[\"asean\", \"bangkok\"]"),
        At("AUN0205", Path, 25, 37, 25, 46)
            .WithMessage("'bangkok' names a place, not an organisation, member state, state grouping or person"));

    [Fact]
    public Task An_update_of_a_record_nothing_has_is_a_dangling_reference() => VerifyAsync(
        Path,
        With("\"summit-9\"", "\"summit-99\""),
        At("AUN0205", Path, 32, 33, 32, 44)
            .WithMessage("'summit-99' names no record of the built-in dataset, its shipped layers or the files of the stack; did you mean 'summit-9'?"));

    [Fact]
    public Task A_citation_of_a_document_nothing_has_is_a_dangling_reference() => VerifyAsync(
        Path,
        With("{ \"documentId\": \"my-note-2019\", \"paragraph\": 1 }", "{ \"documentId\": \"my-notes-2019\", \"paragraph\": 1 }"),
        At("AUN0205", Path, 27, 37, 27, 52)
            .WithMessage("'my-notes-2019' names no source document of the built-in dataset, its shipped layers or the files of the stack; did you mean 'my-note-2019'?"));

    [Fact]
    public Task A_citation_without_its_document_misses_a_required_property_at_its_brace() => VerifyAsync(
        Path,
        With("{ \"documentId\": \"my-note-2019\", \"paragraph\": 1 }", "{ \"paragraph\": 1 }"),
        At("AUN0207", Path, 27, 21, 27, 22).WithMessage("The required property 'documentId' is missing from a citation"));

    [Fact]
    public Task An_id_the_file_already_uses_is_a_duplicate_naming_the_first_line() => VerifyAsync(
        Path,
        With("\"id\": \"my-summit-10\"", "\"id\": \"my-note-2019\""),
        At("AUN0208", Path, 19, 15, 19, 29).WithMessage("Record id 'my-note-2019' is already used by the source document on line 8 of this file"));

    [Fact]
    public Task An_id_the_shipped_stack_already_uses_is_a_duplicate() => VerifyAsync(
        Path,
        With("\"id\": \"my-summit-10\"", "\"id\": \"summit-9\""),
        At("AUN0208", Path, 19, 15, 19, 25).WithMessage("Record id 'summit-9' is already used by the event of that id in the stack this file builds on"));
}
