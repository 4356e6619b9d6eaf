using System;
using System.IO;
using System.Linq;
using System.Text;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

/// <summary><c>validate</c> says what is wrong in plain words at file:line:column, and what was meant when something near exists.</summary>
public sealed class ValidateMessageTests
{
    private const string LaterReport = "tests/AseanUn.Explorer.Tests/Files/later-report.json";

    [Theory]
    [InlineData("\"unicef\"", "\"unicfe\"", "'unicfe' names no record", "; did you mean 'unicef'?")]
    [InlineData("\"SC.1.2\"", "\"SC.1.9\"", "Unknown action-line code 'SC.1.9'", "; did you mean 'SC.1.")]
    [InlineData("\"workshop\"", "\"workshp\"", "'workshp' is not one of the event kind names", "; did you mean 'workshop'?")]
    [InlineData("\"placeId\"", "\"placeID\"", "Unknown property 'placeID'", "; did you mean 'placeId'?")]
    public void A_near_id_code_or_name_is_suggested_at_its_position(string replace, string with, string start, string end)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, LaterReport));
        var index = text.IndexOf(replace, StringComparison.Ordinal);
        var run = ExplorerRun.WithInput(new MemoryStream(Encoding.UTF8.GetBytes(text[..index] + with + text[(index + replace.Length)..])), "validate", "--merge", "-");

        Assert.Equal(ExitCodes.NotFoundOrInvalid, run.ExitCode);
        var line = Assert.Single(run.Lines);
        var lineNumber = text[..index].Count(c => c == '\n') + 1;
        var column = index - text.LastIndexOf('\n', index);
        Assert.StartsWith($"<stdin>:{lineNumber}:{column}: {start}", line, StringComparison.Ordinal);
        Assert.Contains(end, line, StringComparison.Ordinal);
        Assert.EndsWith("?", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_that_cannot_start_a_value_is_told_in_plain_words()
    {
        var run = ExplorerRun.WithInput(new MemoryStream([(byte)'{', (byte)'"', (byte)'v', (byte)'"', (byte)':', 0xE4, (byte)'}']), "validate", "-");
        Assert.StartsWith("<stdin>:1:6: A value cannot start with the byte 0xE4: the file is not UTF-8 text", Assert.Single(run.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_too_deep_is_told_in_plain_words()
    {
        var run = ExplorerRun.WithInput(new MemoryStream(Encoding.ASCII.GetBytes(new string('[', 100))), "validate", "-");
        Assert.StartsWith("<stdin>:1:65: Objects and arrays are nested more than 64 deep here", Assert.Single(run.Lines), StringComparison.Ordinal);
    }
}
