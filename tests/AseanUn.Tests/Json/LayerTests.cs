using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using NodaTime;

namespace AseanUn.Tests.Json;

/// <summary>The shipped layer (the Chairman's Statement of the 9th ASEAN-UN Summit) merges onto the report and says what it changed.</summary>
public sealed class LayerTests
{
    private const string Statement = "chairmans-statement-9th-asean-un-summit";
    private const string PlanOfAction = "asean-un-plan-of-action-2016-2020";

    private static PartnershipDataset Report => Partnership.Current;
    private static PartnershipDataset Layered => Partnership.WithLayers;

    [Fact]
    public void The_built_in_dataset_stays_the_report_alone()
    {
        Assert.Contains(Statement, Partnership.LayerNames);
        Assert.False(Report.TryGetRecord(Statement, out _));
        Assert.All(Report.Records, r => Assert.All(r.Sources, c => Assert.Equal("overview-2017", c.DocumentId)));
    }

    [Fact]
    public void Each_layer_is_named_without_its_extension_by_the_document_it_adds()
    {
        Assert.All(Partnership.LayerNames, name =>
        {
            Assert.False(name.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase), name);
            Assert.IsType<SourceDocument>(Layered.GetRecord(name));
        });
    }

    [Fact]
    public void The_layer_is_a_dated_statement_with_its_address_cited_as_a_whole()
    {
        var document = Layered.Get<SourceDocument>(Statement);

        Assert.Equal(SourceDocumentKind.Statement, document.Kind);
        Assert.Equal(PartialDate.Day(2017, 11, 13), document.Issued);
        Assert.StartsWith("https://", document.Url, System.StringComparison.Ordinal);
        // What the layer adds cites it alone; later layers cite their own documents.
        var added = new[] { "summit-9", "manila", "joint-report-2017", "plan-of-action-action-lines-addressed-2017" }.Select(Layered.GetRecord);
        Assert.All(added, r => Assert.Equal([new Citation(Statement)], r.Sources));
    }

    [Fact]
    public void The_layer_adds_the_9th_Summit_and_cites_the_Plan_of_Action_without_changing_its_status()
    {
        var summit = Layered.Get<Event>("summit-9");
        var plan = Layered.Get<Instrument>(PlanOfAction);

        // The statement welcomes progress under the plan; that it was in force is not what it says, so no status step.
        Assert.Equal((9, PartialDate.Day(2017, 11, 13), "manila"), (summit.Ordinal!.Value, summit.Date, summit.PlaceId));
        Assert.Equal(Report.Get<Instrument>(PlanOfAction).History, plan.History.Where(s => s.Date.End <= PartialDate.Day(2017, 11, 13).End));
        Assert.Equal(InstrumentStatus.Adopted, Layered.StatusAsOf(PlanOfAction, PartialDate.Day(2017, 12, 1)).Status);
        Assert.Contains(new Citation(Statement), plan.Sources);
        Assert.Contains(new Citation(Statement), Layered.Get<Instrument>("joint-declaration-comprehensive-partnership").Sources);
        Assert.Equal(80m, Layered.Get<Figure>("plan-of-action-action-lines-addressed-2017").Value);
        Assert.Equal(PartialDate.Day(2017, 11, 13), Layered.Layers.Single(l => l.Name == Statement).AsOf);
    }
}
