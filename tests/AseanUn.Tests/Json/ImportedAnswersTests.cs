using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Tests.Queries;

namespace AseanUn.Tests.Json;

/// <summary>The built-in dataset, exported and imported again, answers every query exactly as the built-in one does.</summary>
public sealed class ImportedAnswersTests
{
    private static readonly PartnershipDataset BuiltIn = Partnership.Current;
    private static readonly PartnershipDataset Imported = DatasetJson.Import(DatasetJson.Export(BuiltIn));

    // Every question asked of both datasets, as a description and the answer's ids.
    private static IEnumerable<(string Question, string Answer)> Answers(PartnershipDataset data)
    {
        static string Of(IEnumerable<PartnershipRecord> records) => string.Join(",", Ids.Of(records));

        foreach (var record in data.Records)
        {
            yield return ($"id {record.Id}", data.TryGetRecord(record.Id, out var found) ? found.Label : "-");
        }

        foreach (var pillar in data.Pillars)
        {
            yield return ($"pillar {pillar.Code}", Of(data.RecordsUnderPillar(pillar.Code)) + "|" + Of(data.AreasOf(pillar.Code)) + "|" + Of(data.ActionLinesOfPillar(pillar.Code)));
            yield return ($"links pillar {pillar.Code}", string.Join(",", data.CooperationLinksUnderPillar(pillar.Code)));
        }

        foreach (var area in data.Areas)
        {
            yield return ($"area {area.Code}", Of(data.RecordsUnderArea(area.Code)) + "|" + Of(data.ActionLinesOf(area.Code)));
        }

        foreach (var line in data.ActionLines)
        {
            yield return ($"line {line.Code}", Of(data.RecordsUnderActionLine(line.Code)) + "|" + string.Join(",", data.CooperationLinksUnderActionLine(line.Code)));
        }

        foreach (var organisation in data.Organisations)
        {
            foreach (var name in organisation.Aliases.Append(organisation.Name).Append(organisation.Acronym ?? organisation.Id))
            {
                yield return ($"organisation {name}", Of(data.RecordsInvolvingOrganisation(name)) + "|" + string.Join(",", data.CooperationLinksOf(name)));
            }
        }

        foreach (var state in data.MemberStates)
        {
            yield return ($"state {state.IsoAlpha2}", Of(data.RecordsInvolvingMemberState(state.IsoAlpha2)) + "|" + Of(data.EventsAt(state.Name)));
        }

        foreach (var person in data.People)
        {
            yield return ($"person {person.Name}", Of(data.RecordsInvolvingPerson(person.Name)));
        }

        foreach (var place in data.Places)
        {
            yield return ($"place {place.City}", Of(data.EventsAt(place.City)) + "|" + Of(data.EventsAt(place.Id)));
        }

        foreach (var kind in Enum.GetValues<EventKind>())
        {
            yield return ($"event kind {kind}", Of(data.EventsOfKind(kind)));
        }

        foreach (var kind in Enum.GetValues<InstrumentKind>())
        {
            yield return ($"instrument kind {kind}", Of(data.InstrumentsOfKind(kind)));
        }

        foreach (var status in Enum.GetValues<InstrumentStatus>())
        {
            yield return ($"status {status}", Of(data.InstrumentsWithStatus(status)));
        }

        for (var year = 1970; year <= 2018; year++)
        {
            yield return ($"year {year}", Of(data.RecordsDuring(PartialDate.Year(year))) + "|" + string.Join(",", Ids.Of(data.TimelineDuring(PartialDate.Year(year)))));
        }

        foreach (var text in new[] { "summit", "unicef", "escap", "le luong minh", "plan of action", "2030", "jakarta" })
        {
            yield return ($"search {text}", Of(data.Search(text)));
        }

        yield return ("timeline", string.Join(",", data.Timeline.Select(e => $"{e.Date}:{e.Record.Id}")));
        yield return ("links", string.Join(",", data.CooperationLinks));
    }

    [Fact]
    public void Every_query_answers_alike()
    {
        var expected = Answers(BuiltIn).ToList();
        var actual = Answers(Imported).ToList();

        Assert.True(expected.Count > 500, $"only {expected.Count} questions");
        Assert.Equal(expected, actual);
    }
}
