using System;
using System.Text;
using AseanUn.Json;
using AseanUn.Rules;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>
/// Problem messages are plain words that say what was meant when something near exists, quote values cut short, and
/// cost memory in proportion to the document however long an unknown name is.
/// </summary>
public sealed class ProblemMessageTests
{
    private const int Mebibyte = 1 << 20;

    // The rejection tests' one-event document, with members added to its event before its date.
    private static byte[] Document(string eventMembers, string kind = "workshop") =>
        Encoding.UTF8.GetBytes(RejectionTests.Document(RejectionTests.Event("\"date\"", eventMembers + " \"date\"").Replace("\"workshop\"", $"\"{kind}\"", StringComparison.Ordinal)));

    [Fact]
    public void The_template_document_is_valid() => Assert.True(DatasetJson.TryImport(Document("")).IsValid);

    [Fact]
    public void An_unknown_property_name_of_one_mebibyte_costs_less_than_ten_times_the_document()
    {
        DatasetJson.TryImport(Document("\"dtae\": 1,")); // the first import pays for loading the metadata
        var json = Document($"\"{new string('q', Mebibyte)}\": 1,");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DatasetJson.TryImport(json, "big.json");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var problem = Assert.Single(result.Problems);
        Assert.Equal(DatasetProblemKind.UnknownProperty, problem.Kind);
        Assert.True(allocated < 10L * json.Length, $"{allocated:N0} bytes allocated for a {json.Length:N0}-byte document");
        Assert.Equal($"Unknown property '{new string('q', ReadableText.MaxLength)}…'.", problem.Message);
        // The path is data users match on: it names the property whole, where the message cuts it.
        Assert.Equal($"$.records.events[0].{new string('q', Mebibyte)}", problem.Path);
    }

    [Fact]
    public void Long_values_are_quoted_cut_short_in_every_message()
    {
        var id = new string('x', 10_000);
        var result = DatasetJson.TryImport(Document($"\"placeId\": \"{id}\", \"{id}\": 1,", kind: id));
        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.True(p.Message.Length < 400, p.Message));
        Assert.All(result.Problems, p => Assert.Contains($"'{new string('x', ReadableText.MaxLength)}…'", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"dtae\": 1,", "Unknown property 'dtae'", "; did you mean 'date'?")]
    public void A_near_code_id_or_name_is_suggested(string members, string start, string end)
    {
        var message = Assert.Single(DatasetJson.TryImport(Document(members)).Problems).Message;
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.EndsWith(end, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_code_is_suggested()
    {
        var json = RejectionTests.Document(RejectionTests.Event("\"SC.1.2\"]", "\"SC.1.2\", \"SC.1.3\"]"));
        Assert.Equal("Unknown action-line code 'SC.1.3'; did you mean 'SC.1.2'?", Assert.Single(DatasetJson.TryImport(json).Problems).Message);
    }

    [Fact]
    public void A_near_enumeration_name_is_suggested() =>
        Assert.EndsWith("; did you mean 'workshop'?", Assert.Single(DatasetJson.TryImport(Document("", kind: "workshp")).Problems).Message, StringComparison.Ordinal);

    [Fact]
    public void A_document_id_near_a_source_document_is_suggested()
    {
        var json = Encoding.UTF8.GetString(Document("")).Replace("\"paragraph\": 2", "\"paragraph\": 2 }, { \"documentId\": \"dco\"", StringComparison.Ordinal);
        Assert.Equal("'dco' names no source document; did you mean 'doc'?", Assert.Single(DatasetJson.TryImport(json).Problems).Message);
    }

    [Theory]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "Objects and arrays are nested more than 64 deep here")]
    [InlineData("{\"version\": \u00e4}", "A value cannot start with the byte 0xC3: the file is not UTF-8 text, or text is missing its double quotes")]
    [InlineData("{\"version\": \"1", "The document ends inside a string: its closing '\"' is missing.")]
    [InlineData("{\"version\": 1,}", "A comma follows the last item of an object or array")]
    [InlineData("[1,]", "A comma follows the last item of an object or array")]
    [InlineData("[1, ]]", "A comma follows the last item of an object or array")]
    [InlineData("{\"version\": }", "A value is missing before '}'")]
    [InlineData("{\"version\": 1 \"edition\": \"t\"}", "A comma is missing before '\"'")]
    [InlineData("{\"version\": 1", "The document ends before every object and array is closed")]
    [InlineData("", "The document is empty")]
    [InlineData("{'version': 1}", "A property name in double quotes should come here, not ''' (JSON strings use double quotes).")]
    [InlineData("{\"version\": tru}", "JSON knows only the words true, false and null")]
    [InlineData("{\"a\": \"line\nbreak\"}", "This string holds the byte 0x0A, a control character, as it is")]
    public void Syntax_errors_are_told_in_plain_words(string json, string start)
    {
        var problem = Assert.Single(DatasetJson.TryImport(json).Problems);
        Assert.StartsWith(start, problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }
}
