using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>The code constants and the vocabulary records are one vocabulary: neither may drift from the other.</summary>
public sealed class VocabularyTests
{
    private static readonly PartnershipDataset Data = TestData.Dataset;

    public static IReadOnlyList<FieldInfo> CodeConstants(Type holder) =>
        holder.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).ToList();

    private static HashSet<string> Values(Type holder) => CodeConstants(holder).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    [Fact]
    public void Pillar_constants_equal_the_pillar_records()
    {
        Assert.Equal(Values(typeof(PillarCodes)).Order(), Data.Pillars.Select(p => p.Code).Order());
        Assert.Equal(4, Data.Pillars.Count);
    }

    [Fact]
    public void Area_constants_equal_the_area_records()
    {
        Assert.Equal(Values(typeof(AreaCodes)).Order(), Data.Areas.Select(a => a.Code).Order());
    }

    [Fact]
    public void Action_line_constants_equal_the_action_line_records()
    {
        Assert.Equal(Values(typeof(ActionLineCodes)).Order(), Data.ActionLines.Select(l => l.Code).Order());
    }

    [Fact]
    public void Each_code_extends_the_code_of_its_parent()
    {
        Assert.All(Data.Areas, a => Assert.StartsWith(a.PillarCode + ".", a.Code, StringComparison.Ordinal));
        Assert.All(Data.ActionLines, l => Assert.StartsWith(l.AreaCode + ".", l.Code, StringComparison.Ordinal));
        Assert.All(Data.ActionLines, l => Assert.Equal(TestData.Get<Area>(l.AreaCode).PillarCode, l.PillarCode));
    }

    [Fact]
    public void Codes_are_numbered_without_gaps_under_their_parent()
    {
        foreach (var siblings in Data.Areas.Select(a => a.Code).Concat(Data.ActionLines.Select(l => l.Code)).GroupBy(c => c[..c.LastIndexOf('.')]))
        {
            var numbers = siblings.Select(c => int.Parse(c[(c.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order();

            Assert.Equal(Enumerable.Range(1, siblings.Count()), numbers);
        }
    }

    [Fact]
    public void Superseded_line_metadata_agrees_with_the_SupersededBy_attribute()
    {
        var fromAttributes = CodeConstants(typeof(ActionLineCodes))
            .Select(f => (Code: (string)f.GetRawConstantValue()!, Successor: f.GetCustomAttribute<SupersededByAttribute>()?.SuccessorCode))
            .Where(x => x.Successor is not null)
            .ToDictionary(x => x.Code, x => x.Successor);
        var fromRecords = Data.ActionLines.Where(l => l.SupersededBy is not null).ToDictionary(l => l.Code, l => l.SupersededBy);

        Assert.Equal(fromAttributes.OrderBy(x => x.Key), fromRecords.OrderBy(x => x.Key));
        Assert.All(fromRecords.Values, successor => Assert.Null(TestData.Get<ActionLine>(successor!).SupersededBy));
    }

    [Fact]
    public void Every_action_line_is_used_by_some_record_of_the_dataset()
    {
        var used = Data.Records.SelectMany(r => r.ActionLineTags).ToHashSet();

        var unused = Data.ActionLines.Select(l => l.Code).Where(c => !used.Contains(c)).ToList();

        Assert.Empty(unused);
    }
}
