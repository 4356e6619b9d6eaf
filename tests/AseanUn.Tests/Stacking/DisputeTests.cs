using System.Linq;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Stacking;

/// <summary>Two layers disagreeing on an adoption date keep both dates as a dispute, whichever is stacked first.</summary>
public sealed class DisputeTests
{
    private static PartnershipDataset PressFirst =>
        DatasetJson.Merge(DatasetJson.Merge(Partnership.WithLayers, Layers.PressRelease, "press.json"), Layers.ChairsStatement, "chair.json");

    private static PartnershipDataset ChairFirst =>
        DatasetJson.Merge(DatasetJson.Merge(Partnership.WithLayers, Layers.ChairsStatement, "chair.json"), Layers.PressRelease, "press.json");

    [Fact]
    public void Both_dates_stay_as_disputed_statements_ranked_normal_in_either_order()
    {
        foreach (var stack in new[] { PressFirst, ChairFirst })
        {
            var plan = stack.Get<Instrument>(Layers.WorkPlan);
            var adopted = plan.Statements.Where(s => s is { Property: "status", Value: "adopted" }).OrderBy(s => s.Time!.Value).ToList();

            Assert.Equal([PartialDate.Day(2017, 9, 20), PartialDate.Day(2017, 11, 13)], adopted.Select(s => s.Time!.Value));
            Assert.All(adopted, s => Assert.Equal((StatementRank.Normal, RankReason.Disputed), (s.Rank, s.RankReason)));
            Assert.Equal(InstrumentStatus.Adopted, plan.Status);
            Assert.Single(plan.History, h => h.Status == InstrumentStatus.Planned);
        }
    }

    [Fact]
    public void Stacking_in_either_order_gives_the_same_records_and_manifests_that_differ_only_in_order()
    {
        var (pressFirst, chairFirst) = (PressFirst, ChairFirst);

        Assert.Equal(Normalised.Of(pressFirst), Normalised.Of(chairFirst));
        Assert.Equal(pressFirst.Layers.OrderBy(l => l.Name), chairFirst.Layers.OrderBy(l => l.Name));
        Assert.NotEqual(pressFirst.Layers, chairFirst.Layers);
    }

    [Fact]
    public void Between_the_two_dates_the_status_is_uncertain_with_both_adoptions_as_candidates()
    {
        var answer = PressFirst.StatusAsOf(Layers.WorkPlan, PartialDate.Day(2017, 10, 15));

        Assert.Equal(Certainty.Uncertain, answer.Certainty);
        Assert.Equal(
            [PartialDate.Day(2017, 9, 20), PartialDate.Day(2017, 11, 13)],
            answer.Candidates.ToEquatableArray().Where(c => c.Status == InstrumentStatus.Adopted).Select(c => c.Statement.Time!.Value).Order());
        var after = PressFirst.StatusAsOf(Layers.WorkPlan, PartialDate.Day(2017, 12, 1));
        Assert.Equal((Certainty.Known, (InstrumentStatus?)InstrumentStatus.Adopted), (after.Certainty, after.Status));
        Assert.NotEqual(Certainty.Uncertain, PressFirst.StatusAsOf(Layers.WorkPlan, PartialDate.Day(2017, 9, 1)).Certainty);
    }

    [Fact]
    public void A_layer_giving_the_same_date_again_corroborates_the_step_instead_of_adding_one()
    {
        var again = Layers.Adoption("2018-01-note", "2018-01-10", "note-2018-01", "2017-09-20");
        var stack = DatasetJson.Merge(DatasetJson.Merge(Partnership.WithLayers, Layers.PressRelease), again);

        var step = Assert.Single(stack.Get<Instrument>(Layers.WorkPlan).Statements, s => s is { Property: "status", Value: "adopted" });
        Assert.Equal(RankReason.None, step.RankReason);
        Assert.Equal(["s2s-joint-press-release-2017", "note-2018-01"], step.Evidence.Select(e => e.Citation.DocumentId));
    }

    [Fact]
    public void A_disputed_stack_exports_and_imports_back_equal()
    {
        var stack = ChairFirst;
        var json = DatasetJson.Export(stack);

        Assert.Contains("\"rankReason\": \"disputed\"", json);
        Assert.Equal(json, DatasetJson.Export(DatasetJson.Import(json)));
    }
}
