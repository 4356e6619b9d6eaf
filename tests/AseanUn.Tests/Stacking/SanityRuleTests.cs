using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Stacking;

/// <summary>A layer states nothing after its as-of date, no status goes back without a reason, no supersession goes round; each is an error at its place.</summary>
public sealed class SanityRuleTests
{
    private const string Document = "s2s-joint-press-release-2017";
    private const string Cite = """[{ "documentId": "s2s-joint-press-release-2017" }]""";

    private static DatasetProblem Only(string layer, DatasetProblemKind kind, string path)
    {
        var problem = Assert.Single(DatasetJson.TryMerge(Partnership.WithLayers, layer, "layer.json").Problems);
        Assert.Equal((kind, path), (problem.Kind, problem.Path));
        Assert.StartsWith($"layer.json({problem.Line},{problem.Column}): {path}: ", problem.ToString(), System.StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public void A_status_step_after_the_layers_as_of_date_is_refused_at_its_date()
    {
        var layer = Layers.Adoption("2017-12-s2s", "2017-12-15", Document, "2031-01-01");

        var problem = Only(layer, DatasetProblemKind.AfterAsOf, "$.updates.statusEntries[0].date");
        Assert.Equal(20, problem.Line);
        Assert.Contains("2031-01-01, after the as-of date 2017-12-15", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("Correct the date", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_held_after_the_as_of_date_is_refused()
    {
        var layer = Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $$"""
            ,
            "events": [{ "id": "summit-99", "kind": "summit", "title": "99th Summit", "date": "2099-11-01", "participantIds": [], "actionLineCodes": [], "sources": {{Cite}} }]
            """);

        Assert.Contains("The event 'summit-99' is held on 2099-11-01", Only(layer, DatasetProblemKind.AfterAsOf, "$.records.events[0].date").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_instrument_signed_after_the_as_of_date_is_refused_but_one_planned_for_then_is_not()
    {
        string Layer(string status) => Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $$"""
            ,
            "instruments": [{ "id": "mou-2030", "kind": "memorandumOfUnderstanding", "title": "MoU", "date": "2030", "status": "{{status}}", "partyIds": [], "actionLineCodes": [], "sources": {{Cite}} }]
            """);

        Assert.Contains("'mou-2030' is signed on 2030", Only(Layer("signed"), DatasetProblemKind.AfterAsOf, "$.records.instruments[0].date").Message, System.StringComparison.Ordinal);
        Assert.True(DatasetJson.TryMerge(Partnership.WithLayers, Layer("planned")).IsValid);
    }

    [Fact]
    public void A_statement_dated_after_the_as_of_date_is_refused_at_its_time()
    {
        var layer = Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $$"""
            ,
            "instruments": [{ "id": "plan-2018", "kind": "workPlan", "title": "Plan", "status": "planned", "partyIds": [], "actionLineCodes": [], "sources": {{Cite}},
              "statements": [{ "property": "status", "value": "planned", "time": "2018-03", "evidence": [{ "citation": { "documentId": "{{Document}}" } }] }] }]
            """);

        Only(layer, DatasetProblemKind.AfterAsOf, "$.records.instruments[0].statements[0].time");
    }

    [Fact]
    public void A_status_going_back_without_a_reason_is_refused_and_with_one_accepted()
    {
        string Layer(string reason) => Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $$"""
            ,
            "instruments": [{ "id": "plan-2017", "kind": "workPlan", "title": "Plan", "status": "inPreparation", "partyIds": [], "actionLineCodes": [], "sources": {{Cite}},
              "statements": [
                { "property": "status", "value": "adopted", "time": "2017-03", "evidence": [{ "citation": { "documentId": "{{Document}}" } }] },
                { "property": "status", "value": "inPreparation", "time": "2017-09", "evidence": [{ "citation": { "documentId": "{{Document}}" } }]{{reason}} }] }]
            """);

        var problem = Only(Layer(""), DatasetProblemKind.StatusBackwards, "$.records.instruments[0].statements[1].value");
        Assert.Contains("goes back from 'adopted' (2017-03) to 'inPreparation' (2017-09)", problem.Message, System.StringComparison.Ordinal);
        Assert.True(DatasetJson.TryMerge(Partnership.WithLayers, Layer(""", "reason": "Reopened for revision." """)).IsValid);
    }

    [Fact]
    public void A_status_update_going_back_is_refused_at_the_update()
    {
        var layer = Layers.Layer("2017-12-s2s", "2017-12-15", Document, $$"""
            "statusEntries": [
              { "recordId": "{{Layers.WorkPlan}}", "status": "adopted", "date": "2017-09-20", "sources": {{Cite}} },
              { "recordId": "{{Layers.WorkPlan}}", "status": "inPreparation", "date": "2017-11", "sources": {{Cite}} }
            ]
            """);

        Assert.Equal(DatasetProblemKind.StatusBackwards, Assert.Single(DatasetJson.TryMerge(Partnership.WithLayers, layer).Problems).Kind);
    }

    [Fact]
    public void A_line_superseding_itself_and_lines_superseding_each_other_are_cycles()
    {
        string Line(string id, string by) => $$"""{ "id": "{{id}}", "areaCode": "SC.1", "name": "Line {{id}}", "supersededBy": "{{by}}", "sources": {{Cite}} }""";
        var itself = Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $",\n\"actionLines\": [{Line("SC.1.90", "SC.1.90")}]");
        var pair = Layers.Layer("2017-12-s2s", "2017-12-15", Document, records: $",\n\"actionLines\": [{Line("SC.1.90", "SC.1.91")}, {Line("SC.1.91", "SC.1.90")}]");

        Assert.Contains("superseded by itself", Only(itself, DatasetProblemKind.SupersessionCycle, "$.records.actionLines[0].supersededBy").Message, System.StringComparison.Ordinal);
        var problems = DatasetJson.TryMerge(Partnership.WithLayers, pair).Problems;
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(DatasetProblemKind.SupersessionCycle, p.Kind));
        Assert.Contains("SC.1.90 → SC.1.91 → SC.1.90", problems[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_record_id_in_an_update_gets_did_you_mean()
    {
        var layer = Layers.Layer("2017-12-s2s", "2017-12-15", Document, $$"""
            "citations": [{ "recordId": "asean-un-work-plan-environment-climate-chnage", "sources": {{Cite}} }]
            """);

        var problem = Only(layer, DatasetProblemKind.DanglingReference, "$.updates.citations[0].recordId");
        Assert.Contains($"did you mean '{Layers.WorkPlan}'?", problem.Message, System.StringComparison.Ordinal);
    }
}
