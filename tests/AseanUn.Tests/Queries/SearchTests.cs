using AseanUn.Tests.TestData;

namespace AseanUn.Tests.Queries;

public sealed class SearchTests
{
    private readonly PartnershipDataset _dataset = SampleDataset.Create();

    [Theory]
    [InlineData("le luong minh")]
    [InlineData("LÊ LƯƠNG MINH")]
    [InlineData("Minh")]
    public void Search_ignores_case_and_diacritics(string text) =>
        Assert.Equal("le-luong-minh", _dataset.Search(text)[0].Id);

    [Fact]
    public void Search_finds_aliases_acronyms_and_typographic_quotes()
    {
        Assert.Equal("unescap", _dataset.Search("escap")[0].Id);
        Assert.Equal("unicef", _dataset.Search("Children's Fund")[0].Id);
        Assert.Contains("somswd", Ids.Of(_dataset.Search("somswd")));
    }

    [Fact]
    public void Every_word_must_match_somewhere_in_the_record()
    {
        Assert.Equal(["unicef-fac"], Ids.Of(_dataset.Search("framework unicef")));
        Assert.Empty(_dataset.Search("framework seameo"));
        Assert.Empty(_dataset.Search("   "));
    }

    [Fact]
    public void Exact_names_rank_before_prefixes_before_other_matches()
    {
        // "UN" is the whole acronym of the UN, starts "UN Headquarters" and "UNICEF", and occurs inside many more.
        var hits = Ids.Of(_dataset.Search("un"));
        Assert.Equal("un", hits[0]);
        Assert.True(System.Array.IndexOf(hits, "un-headquarters") < System.Array.IndexOf(hits, "summit-2"));
    }
}
