using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>Structural rules every record of the built-in dataset obeys.</summary>
public sealed partial class IntegrityTests
{
    private static readonly PartnershipDataset Data = TestData.Dataset;

    [Fact]
    public void Ids_are_unique_across_the_whole_dataset()
    {
        var duplicates = Data.Records.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_are_kebab_case_except_vocabulary_records_which_use_their_code()
    {
        var bad = new List<string>();
        foreach (var record in Data.Records)
        {
            var pattern = record is Pillar or Area or ActionLine ? CodeShape() : KebabCase();
            if (!pattern.IsMatch(record.Id))
            {
                bad.Add($"{record.GetType().Name} '{record.Id}'");
            }
        }

        Assert.Empty(bad);
    }

    [Fact]
    public void Every_marked_reference_resolves_to_a_record_of_an_allowed_type()
    {
        var byId = Data.Records.ToDictionary(r => r.Id);
        var references = Data.Records.SelectMany(RecordGraph.References).ToList();
        var problems = new List<string>();
        foreach (var reference in references)
        {
            if (!byId.TryGetValue(reference.Id, out var target))
            {
                problems.Add($"{reference.Owner.Id}: {reference.Path} = '{reference.Id}' names no record");
            }
            else if (!RecordGraph.IsOneOf(target, reference.Targets))
            {
                problems.Add($"{reference.Owner.Id}: {reference.Path} = '{reference.Id}' is a {target.GetType().Name}, not one of {string.Join("/", reference.Targets.Select(t => t.Name))}");
            }
        }

        Assert.Empty(problems);
        // The walk really reaches nested values: roles inside people carry references too.
        Assert.Contains(references, r => r.Path.StartsWith("Person.Roles[", StringComparison.Ordinal) && r.Id == "asean-secretariat");
    }

    [Fact]
    public void Every_record_cites_at_least_one_existing_paragraph_of_an_existing_document()
    {
        var documents = Data.SourceDocuments.ToDictionary(d => d.Id);
        var problems = new List<string>();
        foreach (var record in Data.Records)
        {
            if (record.Sources.IsEmpty)
            {
                problems.Add($"{record.Id} cites nothing");
            }

            foreach (var citation in record.Sources)
            {
                if (!documents.TryGetValue(citation.DocumentId, out var document))
                {
                    problems.Add($"{record.Id} cites unknown document '{citation.DocumentId}'");
                }
                else if (citation.Paragraph < 1 || citation.Paragraph > document.ParagraphCount)
                {
                    problems.Add($"{record.Id} cites ¶{citation.Paragraph}, outside 1..{document.ParagraphCount}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_paragraph_of_every_source_document_is_cited_by_a_fact_record()
    {
        // The vocabulary (pillars, areas, action lines) cites whole sections; it must not be what keeps a paragraph covered.
        var facts = Data.Records.Where(r => r is not (SourceDocument or Pillar or Area or ActionLine)).ToList();
        foreach (var document in Data.SourceDocuments)
        {
            var cited = facts.SelectMany(r => r.Sources).Where(c => c.DocumentId == document.Id).Select(c => c.Paragraph).ToHashSet();
            var missing = Enumerable.Range(1, document.ParagraphCount).Where(p => !cited.Contains(p)).ToList();

            Assert.Empty(missing);
        }

        Assert.Equal(41, Assert.Single(Data.SourceDocuments).ParagraphCount);
    }

    [Fact]
    public void No_record_cites_the_same_paragraph_twice()
    {
        var repeated = Data.Records.Where(r => r.Sources.Distinct().Count() != r.Sources.Count).Select(r => r.Id).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void Records_from_the_pillar_sections_are_tagged_with_an_action_line()
    {
        // Paragraphs 15-41 report on the pillars; a dated or quantified fact taken only from them belongs to an area.
        var untagged = Data.Records
            .Where(r => r is Event or Instrument or Activity or Figure)
            .Where(r => r.Sources.All(c => c.Paragraph >= 15))
            .Where(r => r.ActionLineTags.IsEmpty)
            .Select(r => r.Id)
            .ToList();

        Assert.Empty(untagged);
    }

    [Fact]
    public void Period_ends_never_come_before_their_starts()
    {
        var dates = Data.Records.SelectMany(RecordGraph.Dates).ToList();
        var backwards = dates.Where(d => d.Date.End < d.Date.Start).Select(d => $"{d.Owner.Id}: {d.Path} = {d.Date}").ToList();

        Assert.Empty(backwards);
        Assert.Contains(dates, d => d.Path.StartsWith("Person.Roles[", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_is_dated_after_the_as_of_date_except_open_ends_and_plan_periods()
    {
        var asOf = Data.AsOf;
        var late = new List<string>();
        foreach (var e in Data.Events.Where(e => e.Date.Start > asOf.End))
        {
            late.Add($"event {e.Id} on {e.Date}");
        }

        foreach (var i in Data.Instruments.Where(i => i.Date is { } d && d.Start > asOf.End))
        {
            late.Add($"instrument {i.Id} on {i.Date}");
        }

        foreach (var f in Data.Figures.Where(f => f.AsOf.Start > asOf.End))
        {
            late.Add($"figure {f.Id} as of {f.AsOf}");
        }

        Assert.Empty(late);
        Assert.Equal(PartialDate.Month(2017, 3), asOf);
        Assert.Equal(Assert.Single(Data.SourceDocuments).AsOf, asOf);
    }

    [Fact]
    public void Instrument_statuses_agree_with_their_dates_and_periods()
    {
        var asOf = Data.AsOf;
        var problems = new List<string>();
        foreach (var i in Data.Instruments)
        {
            var ok = i.Status switch
            {
                // Done things happened no later than the report.
                InstrumentStatus.Signed or InstrumentStatus.Adopted or InstrumentStatus.Published or InstrumentStatus.Issued
                    or InstrumentStatus.Submitted or InstrumentStatus.Completed => i.Date is not { } d || d.End <= asOf.End,
                // A status the source leaves open goes with no date either.
                InstrumentStatus.Unstated => i.Date is null,
                // Things not yet done carry at most an expected, qualified date, or none.
                InstrumentStatus.Planned or InstrumentStatus.InPreparation => i.Date is not { } d || d.IsQualified || d.Start > asOf.End,
                // A concluded instrument has a period that ended before the report.
                InstrumentStatus.Concluded => i.Period is { } p && p.End < asOf.Start,
                // An instrument in force has, if any, a period running at the report's date.
                InstrumentStatus.InForce => i.Period is not { } p || p.Contains(asOf),
                _ => false,
            };
            if (!ok)
            {
                problems.Add($"{i.Id}: {i.Status} with date {i.Date?.ToString() ?? "-"} and period {i.Period?.ToString() ?? "-"}");
            }
        }

        Assert.Empty(problems);
        Assert.Contains(Data.Instruments, i => i.Status == InstrumentStatus.Planned);
        Assert.Contains(Data.Instruments, i => i.Status == InstrumentStatus.InPreparation);
        Assert.Contains(Data.Instruments, i => i.Status == InstrumentStatus.Concluded);
    }

    [Fact]
    public void Summits_are_numbered_one_to_eight_in_date_order()
    {
        var summits = TestData.EventsOfKind(EventKind.Summit).OrderBy(s => s.Date).ToList();

        Assert.Equal(Enumerable.Range(1, 8).Cast<int?>(), summits.Select(s => s.Ordinal));
        Assert.All(summits.Zip(summits.Skip(1)), pair => Assert.True(pair.First.Date.End < pair.Second.Date.Start));
    }

    [Fact]
    public void Numbered_series_are_numbered_in_date_order()
    {
        foreach (var series in Data.Events.Where(e => e.Ordinal is not null).GroupBy(e => e.Kind))
        {
            var byDate = series.OrderBy(e => e.Date).Select(e => e.Ordinal).ToList();

            Assert.Equal(byDate.OrderBy(o => o), byDate);
            Assert.Equal(byDate.Count, byDate.Distinct().Count());
        }
    }

    [Fact]
    public void Side_events_are_held_on_or_around_the_dates_of_their_main_events()
    {
        var sideEvents = Data.Events.Where(e => e.SidelinesOfId is not null).ToList();
        Assert.NotEmpty(sideEvents);
        foreach (var side in sideEvents)
        {
            var main = TestData.Get<Event>(side.SidelinesOfId!);
            var gap = Math.Abs(NodaTime.Period.DaysBetween(main.Date.Start, side.Date.Start));

            Assert.True(side.Date.Overlaps(main.Date) || gap <= 31, $"{side.Id} ({side.Date}) is far from {main.Id} ({main.Date})");
            Assert.True(side.PlaceId is null || main.PlaceId is null || side.PlaceId == main.PlaceId || SameCity(side.PlaceId, main.PlaceId));
        }
    }

    [Fact]
    public void Every_named_thing_has_a_name_and_every_fact_a_description()
    {
        Assert.All(Data.Records, r => Assert.False(string.IsNullOrWhiteSpace(r.Label), r.Id));
        Assert.All(Data.Organisations, o => Assert.False(string.IsNullOrWhiteSpace(o.Description), o.Id));
        Assert.All(Data.Instruments, i => Assert.False(string.IsNullOrWhiteSpace(i.Description), i.Id));
        Assert.All(Data.Events, e => Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Id));
        Assert.All(Data.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a.Description), a.Id));
    }

    [Fact]
    public void Names_and_acronyms_of_organisations_are_unique()
    {
        var names = Data.Organisations.Select(o => o.Name).Concat(Data.Organisations.SelectMany(o => o.Aliases)).ToList();
        var acronyms = Data.Organisations.Where(o => o.Acronym is not null).Select(o => o.Acronym!).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(acronyms.Count, acronyms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Organisation_hierarchies_stay_on_one_side_and_have_no_cycles()
    {
        foreach (var organisation in Data.Organisations)
        {
            var seen = new HashSet<string> { organisation.Id };
            for (var parentId = organisation.ParentId; parentId is not null;)
            {
                Assert.True(seen.Add(parentId), $"{organisation.Id} has a cycle through {parentId}");
                var parent = TestData.Get<Organisation>(parentId);
                Assert.Equal(organisation.Side, parent.Side);
                parentId = parent.ParentId;
            }
        }
    }

    private static bool SameCity(string a, string b) =>
        TestData.Get<Place>(a).City == TestData.Get<Place>(b).City;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^[A-Z]{2}(\.[1-9][0-9]{0,2}){0,2}\z")]
    private static partial Regex CodeShape();
}
