using System.Text;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>The positioned reading checks a flag (a <see langword="bool"/> field) as true or false, like any other value it knows.</summary>
public sealed class FlagShapeTests
{
    [Theory]
    [InlineData("{\"flag\": true}", null)]
    [InlineData("{\"flag\": false}", null)]
    [InlineData("{\"flag\": \"yes\"}", "$.flag: Expected true or false, but found a string")]
    [InlineData("{\"flag\": 1}", "$.flag: Expected true or false, but found a number")]
    public void A_flag_is_true_or_false(string json, string? problem)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var lines = new LineMap(utf8);
        var root = PositionedJsonParser.Parse(utf8, lines, out _)!;
        var checker = new JsonShapeChecker(lines);

        checker.CheckValue(root.Property("flag")!, typeof(bool), allowNull: false, JsonPath.Root.Property("flag"));

        if (problem is null)
        {
            Assert.Empty(checker.Problems);
        }
        else
        {
            var found = Assert.Single(checker.Problems);
            Assert.Equal(DatasetProblemKind.WrongType, found.Kind);
            Assert.StartsWith(problem, $"{found.Path}: {found.Message}", System.StringComparison.Ordinal);
        }
    }
}
