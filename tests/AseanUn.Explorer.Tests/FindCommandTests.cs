using System;
using System.Linq;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

public sealed class FindCommandTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void Lists_the_library_search_results_best_first()
    {
        var expected = Dataset.Search("human rights");
        var lines = ExplorerRun.Of("find", "human", "rights").AssertOk().Lines;
        Assert.Equal(expected.Count + 3, lines.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.StartsWith(expected[i].Id + " ", lines[i + 2], StringComparison.Ordinal);
            Assert.Contains("  " + expected[i].Label, lines[i + 2], StringComparison.Ordinal);
        }

        Assert.Equal($"{expected.Count} records match 'human rights'.", lines[^1]);
    }

    [Fact]
    public void Json_gives_id_type_kind_title_and_date_with_type_and_kind_in_camel_case()
    {
        var items = JsonOf.Parse(ExplorerRun.Of("find", "unicef", "--json"));
        Assert.Equal(Dataset.Search("unicef").Select(r => r.Id), JsonOf.Strings(items, "id"));
        var unicef = items[0];
        Assert.Equal("unicef", unicef.GetProperty("id").GetString());
        Assert.Equal("organisation", unicef.GetProperty("type").GetString());
        Assert.Equal("fundOrProgramme", unicef.GetProperty("kind").GetString());
        Assert.False(unicef.TryGetProperty("date", out _));
    }

    [Fact]
    public void No_match_is_not_found()
    {
        var message = ExplorerRun.Of("find", "zzyzx").AssertFailed(ExitCodes.NotFoundOrInvalid);
        Assert.Equal("aseanun: No record matches 'zzyzx'.", message);
    }

    [Fact]
    public void Blank_or_missing_text_is_a_usage_error()
    {
        ExplorerRun.Of("find", " ").AssertFailed(ExitCodes.Usage);
        ExplorerRun.Of("find").AssertFailed(ExitCodes.Usage);
    }
}
