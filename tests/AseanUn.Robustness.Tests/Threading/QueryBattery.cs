using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using NodaTime;

namespace AseanUn.Robustness.Tests.Threading;

/// <summary>
/// Every kind of question the query API answers, asked about every record, code, organisation, member state, person,
/// place, kind and status of a dataset, with each answer reduced to text so answers can be compared.
/// </summary>
internal static class QueryBattery
{
    private static readonly PartialDate[] Intervals =
        [PartialDate.Year(1977), PartialDate.Years(2000, 2010), PartialDate.Years(2011, 2017), PartialDate.Day(2011, 11, 19), PartialDate.Since(PartialDate.Year(2015))];

    /// <summary>Gets the questions, each with a name for messages.</summary>
    public static IReadOnlyList<(string Name, Func<PartnershipDataset, string> Ask)> For(PartnershipDataset dataset)
    {
        var questions = new List<(string, Func<PartnershipDataset, string>)>();
        void Add(string name, Func<PartnershipDataset, object?> ask) => questions.Add((name, d => Text(ask(d))));

        foreach (var record in dataset.Records)
        {
            var id = record.Id;
            Add($"record {id}", d => d.TryGetRecord(id, out var found) ? found : null);
            Add($"search {record.Label}", d => d.Search(record.Label));
        }

        foreach (var pillar in dataset.Pillars.Select(p => p.Id))
        {
            Add($"under pillar {pillar}", d => d.RecordsUnderPillar(pillar));
            Add($"areas of {pillar}", d => d.AreasOf(pillar));
            Add($"lines of pillar {pillar}", d => d.ActionLinesOfPillar(pillar));
            Add($"links under {pillar}", d => d.CooperationLinksUnderPillar(pillar));
            Add($"query {pillar} by interval", d => Intervals.Select(i => d.Query().UnderPillar(pillar).During(i).ToTimeline()));
        }

        foreach (var area in dataset.Areas.Select(a => a.Id))
        {
            Add($"under area {area}", d => d.RecordsUnderArea(area));
            Add($"lines of {area}", d => d.ActionLinesOf(area));
        }

        foreach (var line in dataset.ActionLines.Select(l => l.Id))
        {
            Add($"under line {line}", d => d.RecordsUnderActionLine(line));
            Add($"links under line {line}", d => d.CooperationLinksUnderActionLine(line));
        }

        foreach (var organisation in dataset.Organisations)
        {
            Add($"involving {organisation.Id}", d => d.RecordsInvolvingOrganisation(organisation.Id));
            Add($"links of {organisation.Id}", d => d.CooperationLinksOf(organisation.Id));
            Add($"find {organisation.Label}", d => d.TryFindOrganisation(organisation.Acronym ?? organisation.Label, out var found) ? found : null);
        }

        foreach (var state in dataset.MemberStates.Select(s => s.Id))
        {
            Add($"involving state {state}", d => d.RecordsInvolvingMemberState(state));
        }

        foreach (var person in dataset.People)
        {
            Add($"involving person {person.Id}", d => d.RecordsInvolvingPerson(person.Id));
            Add($"find person {person.Label}", d => d.TryFindPerson(person.Label, out var found) ? found : null);
        }

        foreach (var place in dataset.Places.Select(p => p.Id))
        {
            Add($"events at {place}", d => d.EventsAt(place));
        }

        Add("event kinds", d => Enum.GetValues<EventKind>().Select(d.EventsOfKind));
        Add("instrument kinds", d => Enum.GetValues<InstrumentKind>().Select(d.InstrumentsOfKind));
        Add("instrument statuses", d => Enum.GetValues<InstrumentStatus>().Select(d.InstrumentsWithStatus));
        Add("organisation kinds", d => Enum.GetValues<OrganisationKind>().Select(d.OrganisationsOfKind));
        Add("timeline", d => d.Timeline);
        Add("timeline by interval", d => Intervals.Select(d.TimelineDuring));
        Add("records by interval", d => Intervals.Select(d.RecordsDuring));
        Add("query by date interval", d => d.Query().During(new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2015, 12, 31))).OfType<Event>().ToRecords());
        Add("search words", d => new[] { "summit", "asean", "un", "disaster", "ESCAP", "2015", "" }.Select(d.Search));
        return questions;
    }

    /// <summary>Reduces an answer to text: records by id, collections item by item, anything else by its text form.</summary>
    public static string Text(object? answer) => answer switch
    {
        null => "-",
        string text => text,
        PartnershipRecord record => record.Id,
        Queries.TimelineEntry entry => $"{entry.Date} {entry.Record.Id}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        _ => answer.ToString() ?? "",
    };
}
