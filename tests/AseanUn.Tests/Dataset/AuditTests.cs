using System.Linq;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// The six values an audit of the dataset against the report found unsupported: what each record says now, and that
/// every inference left on it gives its reason.
/// </summary>
public sealed class AuditTests
{
    [Fact]
    public void EC_4_2_is_no_longer_superseded_by_EC_5_1()
    {
        // ¶25–27 describe MDG work and 2030 Agenda work side by side; nothing says one replaced the other.
        var line = TestData.Get<ActionLine>(ActionLineCodes.MdgAcceleration);

        Assert.Null(line.SupersededBy);
        Assert.Empty(line.Inferences);
        Assert.Equal([26], TestData.ParagraphsOf(line));
    }

    [Fact]
    public void The_ASEAN_Charter_carries_the_2005_decision_and_marks_its_current_status_inferred()
    {
        var charter = TestData.Get<Instrument>("asean-charter");

        var decision = Assert.Single(charter.History);
        Assert.Equal(InstrumentStatus.Planned, decision.Status);
        Assert.Equal(AseanUn.Dates.PartialDate.Day(2005, 9, 13), decision.Date);
        Assert.Equal([3], decision.Sources.Select(c => c.Paragraph ?? 0));
        Assert.Equal(InstrumentStatus.Planned, charter.Status);
        Assert.Contains("decision", charter.ReasonInferred(nameof(Instrument.Status)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ASEAN_Community_Vision_2025_implements_nothing_the_report_names()
    {
        var vision = TestData.Get<Instrument>("asean-community-vision-2025");

        Assert.Null(vision.ImplementsId);
        Assert.False(vision.IsInferred(nameof(Instrument.ImplementsId)));
        AssertReasoned(vision);
    }

    [Fact]
    public void The_Co_Chairs_Statement_of_2010_was_issued_not_adopted()
    {
        var statement = TestData.Get<Instrument>("co-chairs-statement-2010");

        Assert.Equal(InstrumentStatus.Issued, statement.Status);
        Assert.False(statement.IsInferred(nameof(Instrument.Status)));
    }

    [Fact]
    public void SPA_FS_is_listed_beside_the_AIFS_not_as_implementing_it()
    {
        var plan = TestData.Get<Instrument>("spa-fs-2015-2020");

        Assert.Null(plan.ImplementsId);
        Assert.Equal(InstrumentStatus.InForce, plan.Status);
        Assert.NotNull(plan.ReasonInferred(nameof(Instrument.Status)));
        AssertReasoned(plan);
    }

    [Fact]
    public void The_report_on_social_protection_is_neither_joint_nor_in_preparation()
    {
        var report = TestData.Get<Instrument>("report-social-protection-in-asean");

        Assert.Empty(report.PartyIds);
        Assert.Equal(InstrumentStatus.Unstated, report.Status);
        Assert.DoesNotContain("joint", report.Description!, System.StringComparison.OrdinalIgnoreCase);
        AssertReasoned(report);
    }

    [Fact]
    public void Every_inference_in_the_dataset_names_a_property_of_its_record_and_gives_a_reason()
    {
        var inferences = TestData.Dataset.Records.SelectMany(r => r.Inferences.Select(i => (Record: r, Inference: i))).ToList();

        Assert.NotEmpty(inferences);
        Assert.All(inferences, x =>
        {
            Assert.NotNull(x.Record.GetType().GetProperty(x.Inference.Property));
            Assert.False(string.IsNullOrWhiteSpace(x.Inference.Reason), $"{x.Record.Id}.{x.Inference.Property} has no reason.");
        });
    }

    private static void AssertReasoned(PartnershipRecord record) =>
        Assert.All(record.Inferences, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason), $"{record.Id}.{i.Property} has no reason."));
}
