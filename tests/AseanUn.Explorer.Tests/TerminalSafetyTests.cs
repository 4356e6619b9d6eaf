using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

/// <summary>Text from input files and arguments reaches the terminal with its control characters shown, never sent.</summary>
public sealed class TerminalSafetyTests
{
    // Retitles the window, clears the screen, returns to the line's start and overprints it.
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\rFAKE: all good\u009b1m\u202e";
    private const string Shown = "\\u001b]0;pwned\\u0007\\u001b[2J\\u000dFAKE: all good\\u009b1m\\u202e";

    [Fact]
    public void Validate_messages_show_control_characters_from_the_file_as_escapes()
    {
        var run = ExplorerRun.WithInput(Document(title: "Workshop", placeId: "bangkok" + Hostile), "validate", "--merge", "-");
        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        AssertNoControlCharacters(run.Output + run.Error);
        Assert.Contains($"'bangkok{Shown}' names no record", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Diff_tables_show_control_characters_from_the_file_as_escapes(bool rich)
    {
        var run = Run(rich ? OutputLayout.Rich : OutputLayout.Plain, Document(title: "Workshop" + Hostile, placeId: "bangkok"), "diff", "-");
        Assert.Equal(0, run.ExitCode);
        AssertNoControlCharacters(run.Output);
        Assert.Contains("\\u001b]0;pwned", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_stays_exact_json()
    {
        var run = ExplorerRun.WithInput(Document(title: "Workshop" + Hostile, placeId: "bangkok"), "diff", "-", "--json").AssertOk();
        Assert.DoesNotContain(run.Output, c => c < ' ' && c != '\n');
        Assert.Contains(StringsIn(JsonDocument.Parse(run.Output).RootElement), s => s.Contains(Hostile, StringComparison.Ordinal));
    }

    private static string[] StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(StringsIn)],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => StringsIn(p.Value))],
        _ => [],
    };

    [Fact]
    public void Errors_on_standard_error_show_control_characters_as_escapes()
    {
        // Only the first line of a message is printed, so a carriage return ends it there; the rest is escaped.
        var line = ExplorerRun.Of("show", "x\u001b]0;pwned\u0007\u009b2J\u202e").AssertFailed(ExitCodes.NotFoundOrInvalid);
        AssertNoControlCharacters(line);
        Assert.Contains("'x\\u001b]0;pwned\\u0007\\u009b2J\\u202e'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_listings_escape_their_title_and_cells()
    {
        var text = new Listing("Id", "Title") { Title = "T\u001b[2J" }.Add("a\tb", "c\nd").ToPlainText();
        Assert.Equal("T\\u001b[2J\nId        Title\n--------  --------\na\\u0009b  c\\u000ad\n", text);
    }

    private static void AssertNoControlCharacters(string text) =>
        Assert.DoesNotContain(text, c => c != '\n' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);

    private static ExplorerRun Run(OutputLayout layout, Stream input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ExplorerApp.Run(args, new ExplorerContext(output, error, layout, 120, Partnership.Current, RepositoryRoot.Path, () => input));
        return new ExplorerRun(exitCode, output.ToString(), error.ToString());
    }

    // A later report of one event, to merge into the built-in dataset.
    private static MemoryStream Document(string title, string placeId) => new(Encoding.UTF8.GetBytes($$"""
        {
          "version": 1,
          "edition": "2018-example",
          "asOf": "2018-06",
          "records": {
            "sourceDocuments": [
              { "id": "example-report", "title": "Example Report", "publisher": "Example", "asOf": "2018-06", "paragraphCount": 5,
                "sources": [ { "documentId": "example-report", "paragraph": 1 } ] }
            ],
            "events": [
              { "id": "example-workshop", "kind": "workshop", "title": {{JsonSerializer.Serialize(title)}}, "date": "2018-03-05",
                "placeId": {{JsonSerializer.Serialize(placeId)}}, "actionLineCodes": [ "SC.1.2" ],
                "sources": [ { "documentId": "example-report", "paragraph": 2 } ] }
            ]
          }
        }
        """));
}
