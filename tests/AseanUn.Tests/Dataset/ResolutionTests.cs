using System;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The General Assembly resolutions of ¶12, which the report lists with one repeated.</summary>
public sealed class ResolutionTests
{
    private static readonly Instrument[] Resolutions =
        TestData.Dataset.Instruments.Where(i => i.Kind == InstrumentKind.GeneralAssemblyResolution).ToArray();

    [Fact]
    public void There_are_eight_distinct_resolutions_in_date_order()
    {
        Assert.Equal(
            new[] { "57/35", "59/5", "61/44", "63/35", "65/235", "67/110", "68/49", "69/110" },
            Resolutions.OrderBy(r => r.Date).Select(r => r.Symbol));
        Assert.Equal(Resolutions.Length, Resolutions.Select(r => r.Symbol).Distinct().Count());
    }

    [Theory]
    [InlineData("57/35", "2002-11-21")]
    [InlineData("59/5", "2004-10-22")]
    [InlineData("61/44", "2006-12-04")]
    [InlineData("63/35", "2008-11-26")]
    [InlineData("65/235", "2010-12-22")]
    [InlineData("67/110", "2012-12-17")]
    [InlineData("68/49", "2013-12-05")]
    [InlineData("69/110", "2014-12-10")]
    public void Each_resolution_has_the_reports_date(string symbol, string date)
    {
        var resolution = Assert.Single(Resolutions, r => r.Symbol == symbol);

        Assert.Equal(PartialDate.Parse(date), resolution.Date);
        Assert.Equal(InstrumentStatus.Adopted, resolution.Status);
        Assert.Equal(new[] { "un-general-assembly" }, resolution.PartyIds);
        Assert.Contains(12, TestData.ParagraphsOf(resolution));
    }

    [Fact]
    public void Resolution_67_110_is_recorded_once_with_a_note_on_the_repetition()
    {
        var resolution = Assert.Single(Resolutions, r => r.Symbol == "67/110");

        Assert.Contains("twice", resolution.Note, StringComparison.Ordinal);
        Assert.All(Resolutions.Where(r => r != resolution), r => Assert.Null(r.Note));
    }

    [Fact]
    public void Resolution_61_44_granted_ASEAN_observer_status()
    {
        var resolution = Assert.Single(Resolutions, r => r.Symbol == "61/44");

        Assert.Contains("observer status", resolution.Description, StringComparison.OrdinalIgnoreCase);
        Assert.True(resolution.Date > TestData.Get<Event>("summit-2").Date);
    }
}
