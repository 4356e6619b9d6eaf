using AseanUn.Rules;

namespace AseanUn.Analyzers.Tests.SharedRules;

public sealed class ReadableTextTests
{
    [Theory]
    [InlineData("PS.1.2", "PS.1.2")]
    [InlineData("a\tb\r\nc", @"a\u0009b\u000d\u000ac")]
    [InlineData("\u001b[31mred\u009b", @"\u001b[31mred\u009b")]
    [InlineData("left\u202eright\u200b\u2028", @"left\u202eright\u200b\u2028")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    public void Characters_a_reader_cannot_see_are_written_out(string text, string expected) =>
        Assert.Equal(expected, ReadableText.Of(text));

    // Theory data cannot carry an unpaired surrogate intact, so this case stands alone.
    [Fact]
    public void An_unpaired_surrogate_is_written_out() => Assert.Equal(@"lone \ud800 surrogate", ReadableText.Of("lone \ud800 surrogate"));

    [Fact]
    public void A_long_text_is_cut_with_an_ellipsis_and_a_short_one_is_not()
    {
        Assert.Equal(new string('a', ReadableText.MaxLength), ReadableText.Of(new string('a', ReadableText.MaxLength)));
        Assert.Equal(new string('a', ReadableText.MaxLength) + ReadableText.Ellipsis, ReadableText.Of(new string('a', 100_000)));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', ReadableText.MaxLength - 1) + "\ud83d\ude00" + "tail";

        Assert.Equal(new string('a', ReadableText.MaxLength - 1) + ReadableText.Ellipsis, ReadableText.Of(text));
    }

    [Fact]
    public void Two_texts_of_very_different_lengths_are_told_apart_without_a_table()
    {
        var before = EditDistance.CellsOnThisThread;

        Assert.Equal(EditDistance.TooFar, EditDistance.Bounded(new string('t', 100_000), "title"));
        Assert.Equal(0, EditDistance.CellsOnThisThread - before);
        Assert.Equal(1, EditDistance.Bounded("tilte", "title"));
        Assert.Equal(2, EditDistance.Bounded("titles!", "title"));
        Assert.Equal(EditDistance.TooFar, EditDistance.Bounded("tXXXe", "title"));
    }
}
