using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AseanUn.Json;
using AseanUn.Tests.TestData;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>The string and byte overloads of the importer give the same verdict, problems and positions on the same text.</summary>
public sealed class OverloadAgreementTests
{
    // Written as "{D800}" because a test runner's own serialization of arguments would turn a lone surrogate into U+FFFD.
    public static TheoryData<string> LoneSurrogates => ["{D800}", "{DC00}", "a{D83D}", "{DE00}b", "{DC00}{D800}"];

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void A_lone_surrogate_is_rejected_by_both_at_the_same_place(string written)
    {
        var surrogate = Regex.Replace(written, "\\{([0-9A-F]{4})\\}", m => ((char)System.Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        Assert.Contains(surrogate, char.IsSurrogate);
        var json = DatasetJson.Export(SampleDataset.Create()).Replace("\"Workshop on Children\"", $"\"Workshop on {surrogate}Children\"", System.StringComparison.Ordinal);
        Assert.Contains(surrogate, json, System.StringComparison.Ordinal);

        var fromString = DatasetJson.TryImport(json, "doc.json");
        var fromBytes = DatasetJson.TryImport(Utf8Text.Encode(json), "doc.json");

        Assert.False(fromString.IsValid);
        var problem = Assert.Single(fromString.Problems);
        Assert.Equal(DatasetProblemKind.MalformedJson, problem.Kind);
        Assert.NotNull(problem.Line);
        Assert.Contains("not valid Unicode text", problem.Message, System.StringComparison.Ordinal);
        Assert.EndsWith(".title", problem.Path, System.StringComparison.Ordinal);
        Assert.Equal(Describe(fromString), Describe(fromBytes));
    }

    [Fact]
    public void A_lone_surrogate_is_encoded_as_the_bytes_a_byte_reader_would_meet()
    {
        Assert.Equal(new byte[] { (byte)'a', 0xED, 0xA0, 0x80, (byte)'b' }, Utf8Text.Encode("a\uD800b"));
        Assert.Equal(Encoding.UTF8.GetBytes("a\uD83D\uDE00b"), Utf8Text.Encode("a\uD83D\uDE00b"));
    }

    [Fact]
    public void Valid_text_gives_the_same_dataset_through_both()
    {
        var json = DatasetJson.Export(SampleDataset.Create()).Replace("\"Workshop on Children\"", "\"Workshop on \uD83D\uDE00 Children\"", System.StringComparison.Ordinal);

        var fromString = DatasetJson.Import(json);
        var fromBytes = DatasetJson.Import(Encoding.UTF8.GetBytes(json));

        Assert.Equal(DatasetJson.Export(fromString), DatasetJson.Export(fromBytes));
    }

    private static string Describe(DatasetResult result) => string.Join("\n", result.Problems.Select(p => p.ToString()));
}
