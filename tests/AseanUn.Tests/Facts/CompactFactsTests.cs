using AseanUn.BuiltIn;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Facts;

/// <summary>The compact built-in form carries the new facts: a dataset's retractions and a status statement's place and body.</summary>
public sealed class CompactFactsTests
{
    [Fact]
    public void Retractions_read_back_as_written_over_a_base_dataset()
    {
        var merged = FactsDocument.Merge("""
            { "retractions": [
                { "recordId": "un-liaison-officers-deployed", "reason": "Never confirmed.", "sources": [{ "documentId": "secretariat-note-2018", "paragraph": 2 }], "quote": "not confirmed" },
                { "recordId": "summit-4", "property": "placeId", "reason": "Venue withdrawn.", "sources": [{ "documentId": "news-2018-05" }] }] }
            """);
        var builtIn = Partnership.Current;

        var (edition, asOf, records, retractions) = CompactDataset.ReadOver(
            CompactDataset.WriteOver(builtIn.Records, CompactHead.Of(merged), merged.Records), builtIn.Records);

        Assert.Equal((merged.Edition, merged.AsOf), (edition, asOf));
        Assert.Equal(merged.Records, records);
        Assert.Equal(merged.Retractions, retractions);
        Assert.Equal(2, retractions.Count);
    }

    [Fact]
    public void The_form_version_changed_with_the_new_fields()
    {
        Assert.Equal(5, CompactFormat.Version);
        var statement = new Statement
        {
            Property = "status", Value = "adopted", Time = PartialDate.Day(2018, 4, 20), Evidence = [new(new Citation("doc"))], PlaceId = "bali", BodyId = "asean-secretariat",
        };
        var record = new Instrument
        {
            Id = "i", Kind = InstrumentKind.WorkPlan, Title = "Plan", Status = InstrumentStatus.Adopted, Statements = [statement], Sources = [new("doc")],
        };

        var (_, _, read, _) = CompactDataset.Read(CompactDataset.Write("t", PartialDate.Year(2018), [record]));

        Assert.Equal(statement, ((Instrument)read[0]).Statements[0]);
    }
}
