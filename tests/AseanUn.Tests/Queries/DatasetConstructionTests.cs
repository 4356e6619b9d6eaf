using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Tests.TestData;
using AseanUn.Validation;

namespace AseanUn.Tests.Queries;

/// <summary>The shared validator, seen through datasets built in code: every rule, with the path the value would have in JSON.</summary>
public sealed class DatasetConstructionTests
{
    private static List<PartnershipRecord> With(Func<PartnershipRecord, PartnershipRecord?> change)
    {
        var records = new List<PartnershipRecord>();
        foreach (var record in SampleDataset.Records())
        {
            if (change(record) is { } changed)
            {
                records.Add(changed);
            }
        }

        return records;
    }

    private static DatasetProblem SingleProblem(List<PartnershipRecord> records)
    {
        var error = Assert.Throws<DatasetValidationException>(() => new PartnershipDataset("t", PartialDate.Year(2017), records));
        var problem = Assert.Single(error.Problems);
        Assert.Null(problem.Line);
        Assert.Null(problem.Column);
        Assert.Contains(problem.Path, error.Message);
        return problem;
    }

    [Fact]
    public void Unknown_action_line_code_is_reported_at_the_list_item()
    {
        var problem = SingleProblem(With(r => r is Event { Id: "workshop-2014" } e ? e with { ActionLineCodes = ["SC.1.2", "SC.9.9"] } : r));
        Assert.Equal(DatasetProblemKind.UnknownCode, problem.Kind);
        Assert.Equal("$.records.events[2].actionLineCodes[1]", problem.Path);
        Assert.StartsWith("Unknown action-line code 'SC.9.9'; did you mean 'SC.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_and_wrongly_typed_references_are_reported()
    {
        var problem = SingleProblem(With(r => r is Event { Id: "summit-2" } e ? e with { PlaceId = "geneva" } : r));
        Assert.Equal((DatasetProblemKind.DanglingReference, "$.records.events[0].placeId"), (problem.Kind, problem.Path));
        Assert.Equal("'geneva' names no record; placeId must name a Place.", problem.Message);

        problem = SingleProblem(With(r => r is Instrument { Id: "unicef-fac" } i ? i with { PartyIds = ["unicef", "jakarta"] } : r));
        Assert.Equal("$.records.instruments[0].partyIds[1]", problem.Path);
        Assert.Equal("'jakarta' is a Place, but partyIds must name an Organisation, MemberState or StateGrouping.", problem.Message);
    }

    [Fact]
    public void References_inside_a_person_s_roles_are_checked()
    {
        var problem = SingleProblem(With(r => r is Person p ? p with { Roles = [p.Roles[0], new Role { Title = "Envoy", MemberStateId = "atlantis" }] } : r));
        Assert.Equal("$.records.people[0].roles[1].memberStateId", problem.Path);
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_later_record_naming_the_earlier()
    {
        var records = SampleDataset.Records();
        records.Add(new Place { Id = "summit-2", Name = "X", City = "X", Country = "X", CountryCode = "XX", Sources = SampleDataset.Cite(1) });
        var problem = SingleProblem(records);
        Assert.Equal(DatasetProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("$.records.events[0].id", problem.Path);
        Assert.Equal("The id 'summit-2' is already used by the Place at $.records.places[4].", problem.Message);
    }

    [Fact]
    public void Records_without_citations_and_citations_of_missing_paragraphs_are_reported()
    {
        var problem = SingleProblem(With(r => r is Figure f ? f with { Sources = default } : r));
        Assert.Equal((DatasetProblemKind.MissingCitation, "$.records.figures[0].sources"), (problem.Kind, problem.Path));

        problem = SingleProblem(With(r => r is Figure f ? f with { Sources = SampleDataset.Cite(10, 11) } : r));
        Assert.Equal((DatasetProblemKind.InvalidCitation, "$.records.figures[0].sources[1].paragraph"), (problem.Kind, problem.Path));
        Assert.Equal("'test-report' has paragraphs 1–10, not 11.", problem.Message);

        problem = SingleProblem(With(r => r is Figure f ? f with { Sources = [new Citation("other-report", 1)] } : r));
        Assert.Equal((DatasetProblemKind.DanglingReference, "$.records.figures[0].sources[0].documentId"), (problem.Kind, problem.Path));
    }

    [Theory]
    [InlineData("Summit-2")]
    [InlineData("summit--2")]
    [InlineData("")]
    public void Ids_must_be_kebab_case(string id)
    {
        var problem = SingleProblem(With(r => r is Event { Id: "summit-2" } e ? e with { Id = id } : r));
        Assert.Equal((DatasetProblemKind.InvalidId, "$.records.events[0].id"), (problem.Kind, problem.Path));
    }

    [Fact]
    public void Codes_must_have_their_shape_and_sit_under_their_parent()
    {
        var problem = SingleProblem(With(r => r is ActionLine { Id: "SC.3.2" } l ? l with { AreaCode = "SC.1" } : r));
        Assert.Equal((DatasetProblemKind.InconsistentCode, "$.records.actionLines[3].areaCode"), (problem.Kind, problem.Path));

        var error = Assert.Throws<DatasetValidationException>(() => new PartnershipDataset("t", PartialDate.Year(2017), With(r => r is Pillar { Id: "PS" } p ? p with { Id = "ps" } : r)));
        Assert.Contains(error.Problems, p => p.Kind == DatasetProblemKind.InvalidId && p.Path == "$.records.pillars[0].id");
        Assert.Contains(error.Problems, p => p.Kind == DatasetProblemKind.UnknownCode && p.Path == "$.records.areas[0].pillarCode");
    }

    [Fact]
    public void An_acronym_or_alias_may_name_only_one_organisation()
    {
        var problem = SingleProblem(With(r => r is Organisation { Id: "seameo" } o ? o with { Aliases = ["Escap"] } : r));
        Assert.Equal((DatasetProblemKind.AmbiguousName, "$.records.organisations[5].aliases[0]"), (problem.Kind, problem.Path));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_TryCreate_returns_them_without_throwing()
    {
        var records = With(r => r switch
        {
            Event { Id: "summit-2" } e => e with { PlaceId = "nowhere", ActionLineCodes = ["XX.1.1"] },
            Figure f => f with { Sources = default },
            _ => r,
        });
        var result = PartnershipDataset.TryCreate("t", PartialDate.Year(2017), records);
        Assert.False(result.IsValid);
        Assert.Null(result.Dataset);
        Assert.Equal(["$.records.events[0].placeId", "$.records.events[0].actionLineCodes[0]", "$.records.figures[0].sources"], Array.ConvertAll([.. result.Problems], p => p.Path));
        Assert.Throws<DatasetValidationException>(result.GetDatasetOrThrow);
    }

    [Fact]
    public void Merge_validates_the_whole_and_lets_references_point_into_either_side()
    {
        var dataset = SampleDataset.Create();
        Event addition = new()
        {
            Id = "summit-3", Kind = EventKind.Summit, Title = "Third ASEAN-UN Summit", Date = PartialDate.Day(2010, 10, 29), PlaceId = "hanoi",
            ParticipantIds = ["un", "asean-secretariat"], ActionLineCodes = ["SC.2.3"], Sources = SampleDataset.Cite(9),
        };
        var merged = dataset.Merge("test-2", PartialDate.Year(2018), [addition]);

        Assert.Equal("test-1 + test-2", merged.Edition);
        Assert.Equal(["summit-2", "s2s-2016", "workshop-2014", "call-2015", "summit-3"], Ids.Of(merged.Events));
        Assert.Equal(["workshop-2014", "summit-3"], Ids.Of(merged.EventsAt("Hà Nội")));
        Assert.Equal(dataset.Records.Count, SampleDataset.Create().Records.Count); // the original is untouched

        var clash = dataset.TryMerge("test-2", PartialDate.Year(2018), [addition, addition with { PlaceId = "geneva" }]);
        Assert.False(clash.IsValid);
        Assert.Equal(["$.records.events[1].id", "$.records.events[1].placeId"], Array.ConvertAll([.. clash.Problems], p => p.Path));

        var again = dataset.TryMerge("test-2", PartialDate.Year(2018), dataset.Records);
        Assert.Equal(dataset.Records.Count, again.Problems.Count);
        Assert.All(again.Problems, p => Assert.Equal(DatasetProblemKind.DuplicateId, p.Kind));
    }

    [Fact]
    public void Problems_format_with_document_position_path_and_message()
    {
        var problem = new DatasetProblem(DatasetProblemKind.UnknownCode, "$.records.events[0].actionLineCodes[0]", 12, 7, "Unknown action-line code 'XX'.") { DocumentName = "later.json" };
        Assert.Equal("later.json(12,7): $.records.events[0].actionLineCodes[0]: Unknown action-line code 'XX'.", problem.ToString());
        Assert.Throws<ArgumentException>(() => new DatasetValidationException(EquatableArray<DatasetProblem>.Empty));
    }
}
