using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Layers;

/// <summary>
/// Every shipped layer (src/AseanUn/Layers) against the words of its document: each value rests on evidence, each quote
/// is one recorded for that document in tests/AseanUn.Tests/Layers/quotes, every layer is in the manifest, the stack
/// survives a round trip, and the as-of answers the later documents give are pinned.
/// </summary>
public sealed class ShippedLayerTests
{
    private const string PlanOfAction2016 = "asean-un-plan-of-action-2016-2020";
    private const string PlanOfAction2021 = "asean-un-plan-of-action-2021-2025";
    private const string PlanOfAction2026 = "asean-un-plan-of-action-2026-2030";

    private static readonly string LayerFolder = RepositoryRoot.Combine("src", "AseanUn", "Layers");
    private static readonly string QuoteFolder = RepositoryRoot.Combine("tests", "AseanUn.Tests", "Layers", "quotes");

    private static PartnershipDataset Layered => Partnership.WithLayers;

    public static TheoryData<string> LayerFiles() => new(LayerFileNames());

    // The layers in the source folder, named by their files.
    private static string[] LayerFileNames() =>
        [.. Directory.GetFiles(LayerFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    // The quotes recorded for a document: one per line, copied from the text at its address.
    private static HashSet<string> RecordedQuotes(string documentId)
    {
        var path = Path.Combine(QuoteFolder, documentId + ".txt");
        Assert.True(File.Exists(path), $"No recorded quotes for '{documentId}' ({path}).");
        return File.ReadAllLines(path).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_layer_file_is_in_the_manifest_in_as_of_order()
    {
        var files = LayerFileNames();

        Assert.Equal(files.Order(StringComparer.Ordinal), Partnership.LayerNames.Order(StringComparer.Ordinal));
        Assert.Equal(Partnership.LayerNames, Layered.Layers.Select(l => l.Name));
        var asOf = Layered.Layers.Select(l => l.AsOf.End).ToList();
        Assert.Equal(asOf.Order(), asOf);
        Assert.All(Layered.Layers, l => Assert.Contains(l.Name, l.SourceDocumentIds));
    }

    [Fact]
    public void Every_recorded_quote_file_belongs_to_a_shipped_layer()
    {
        var layers = LayerFileNames();

        Assert.All(Directory.GetFiles(QuoteFolder, "*.txt"), f => Assert.Contains(Path.GetFileNameWithoutExtension(f), layers));
        Assert.All(Directory.GetFiles(QuoteFolder, "*.txt"), f => Assert.All(File.ReadAllLines(f), line =>
            Assert.InRange(line.Length, 1, Evidence.MaxQuoteLength)));
    }

    [Theory]
    [MemberData(nameof(LayerFiles))]
    public void Every_value_of_a_layer_rests_on_its_document_with_a_recorded_quote(string name)
    {
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(LayerFolder, name + ".json")));
        var root = layer.RootElement;
        var quotes = RecordedQuotes(name);
        var values = 0;

        Assert.Equal(2, root.GetProperty("version").GetInt32());
        Assert.Equal(name, root.GetProperty("layer").GetProperty("name").GetString());
        foreach (var group in root.GetProperty("records").EnumerateObject())
        {
            foreach (var record in group.Value.EnumerateArray())
            {
                var id = record.GetProperty("id").GetString();
                Assert.Equal([name], record.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("documentId").GetString()));
                var statements = record.GetProperty("statements").EnumerateArray().ToList();
                Assert.True(statements.Count > 0, $"{group.Name} '{id}' has no statement.");
                Assert.Contains(statements, s => s.TryGetProperty("evidence", out _));
                foreach (var statement in statements)
                {
                    values++;
                    AssertRestsOnQuote(statement, quotes, $"{group.Name} '{id}' {statement.GetProperty("property").GetString()}");
                }
            }
        }

        if (root.TryGetProperty("updates", out var updates))
        {
            foreach (var kind in updates.EnumerateObject())
            {
                foreach (var update in kind.Value.EnumerateArray())
                {
                    values++;
                    var where = $"{kind.Name} of '{update.GetProperty("recordId").GetString()}'";
                    Assert.Equal([name], update.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("documentId").GetString()));
                    // Only a citation of a whole record names no value, and so has no words to quote.
                    if (!update.TryGetProperty("quote", out var quote))
                    {
                        Assert.True(kind.Name == "citations" && !update.TryGetProperty("property", out _), $"{where} has no quote.");
                        continue;
                    }

                    Assert.True(quotes.Contains(quote.GetString()!), $"{where}: '{quote.GetString()}' is not a recorded quote of '{name}'.");
                }
            }
        }

        Assert.True(values > 0, $"Layer '{name}' states nothing.");
    }

    // A stated value carries its document and a recorded quote; an inferred one carries a one-line reason, and any
    // evidence it also gives is quoted too.
    private static void AssertRestsOnQuote(JsonElement statement, HashSet<string> quotes, string where)
    {
        var inferred = statement.TryGetProperty("basis", out var basis) && basis.GetString() == "inferred";
        if (inferred)
        {
            var reason = statement.GetProperty("reason").GetString();
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{where}: an inference without its reason.");
            Assert.DoesNotContain('\n', reason!);
        }
        else
        {
            Assert.True(statement.TryGetProperty("evidence", out _), $"{where}: a stated value without evidence.");
        }

        if (statement.TryGetProperty("evidence", out var evidence))
        {
            Assert.NotEqual(0, evidence.GetArrayLength());
            foreach (var item in evidence.EnumerateArray())
            {
                Assert.True(item.TryGetProperty("quote", out var quote), $"{where}: evidence without a quote.");
                var text = quote.GetString()!;
                Assert.InRange(text.Length, 1, Evidence.MaxQuoteLength);
                Assert.True(quotes.Contains(text), $"{where}: '{text}' is not a recorded quote.");
            }
        }
    }

    [Fact]
    public void Every_quote_in_the_layered_dataset_is_recorded_for_the_document_it_cites()
    {
        var checkedQuotes = 0;
        foreach (var record in Layered.Records)
        {
            foreach (var evidence in record.Statements.SelectMany(s => s.Evidence).Where(e => e.Quote is not null))
            {
                Assert.True(RecordedQuotes(evidence.Citation.DocumentId).Contains(evidence.Quote!),
                    $"'{record.Id}': '{evidence.Quote}' is not a recorded quote of '{evidence.Citation.DocumentId}'.");
                checkedQuotes++;
            }
        }

        Assert.True(checkedQuotes >= 200, $"Only {checkedQuotes} quotes reached the layered dataset.");
    }

    [Fact]
    public void Every_document_of_a_layer_says_whether_its_address_is_the_issuer_s_own_copy()
    {
        var documents = Partnership.LayerNames.Select(n => Layered.Get<SourceDocument>(n)).ToList();

        Assert.All(documents, d => Assert.StartsWith("http", d.Url, StringComparison.Ordinal));
        Assert.True(Layered.Get<SourceDocument>("chairmans-statement-10th-asean-un-summit").ThirdPartyCopy);
        Assert.True(Layered.Get<SourceDocument>("plan-of-action-2026-2030").ThirdPartyCopy);
        Assert.False(Layered.Get<SourceDocument>("un-press-release-sg-2250").ThirdPartyCopy);
        Assert.Equal(SourceDocumentKind.NewsItem, Layered.Get<SourceDocument>("vgp-asean-un-commits-to-advocating-rules-based-order").Kind);
    }

    [Fact]
    public void The_layered_stack_exports_and_imports_back_equal()
    {
        var json = DatasetJson.Export(Layered);
        var imported = DatasetJson.Import(json);

        Assert.Equal(json, DatasetJson.Export(imported));
        Assert.Equal(Layered.Records, imported.Records);
        Assert.Equal(Layered.Layers, imported.Layers);
    }

    [Theory]
    [InlineData("2017-12-01", InstrumentStatus.Adopted)]
    [InlineData("2019-11-02", InstrumentStatus.Adopted)]
    [InlineData("2019-11-03", InstrumentStatus.InForce)] // 10th Summit: "the current Plan of Action 2016-2020"
    [InlineData("2026-01-01", InstrumentStatus.InForce)] // no document found states that it concluded
    public void The_first_Plan_of_Action_is_adopted_then_current(string date, InstrumentStatus status)
    {
        var answer = Layered.StatusAsOf(PlanOfAction2016, PartialDate.Parse(date));

        Assert.Equal((Certainty.Known, status), (answer.Certainty, answer.Status));
    }

    [Fact]
    public void The_10th_Summit_calls_the_first_plan_current_without_being_the_body_that_brought_it_into_force()
    {
        var plan = Layered.Get<Instrument>(PlanOfAction2016);

        var current = Assert.Single(plan.Statements, s => s.Property == "status" && s.Time == PartialDate.Parse("2019-11-03"));

        Assert.Equal(("inForce", null), (current.Value, current.BodyId));
    }

    [Theory]
    [InlineData("2019-11-02", Certainty.Unknown, null)] // nothing states it before the 10th Summit
    [InlineData("2019-11-03", Certainty.Known, InstrumentStatus.Planned)] // 10th Summit: looked forward to it
    [InlineData("2020-06-01", Certainty.Unknown, null)] // a plan is known only on its own day
    [InlineData("2020-09-15", Certainty.Known, InstrumentStatus.InPreparation)] // the CPR-UN meeting: a draft being completed
    [InlineData("2020-10-21", Certainty.Known, InstrumentStatus.Adopted)] // approved at the ministerial meeting
    [InlineData("2024-10-11", Certainty.Known, InstrumentStatus.Adopted)]
    public void The_second_Plan_of_Action_is_planned_drafted_then_approved(string date, Certainty certainty, InstrumentStatus? status)
    {
        var answer = Layered.StatusAsOf(PlanOfAction2021, PartialDate.Parse(date));

        Assert.Equal((certainty, status), (answer.Certainty, answer.Status));
    }

    [Fact]
    public void The_third_Plan_of_Action_is_planned_and_its_adoption_is_not_claimed()
    {
        var plan = Layered.Get<Instrument>(PlanOfAction2026);

        Assert.Equal("Plan of Action to Implement the Joint Declaration on Comprehensive Partnership between ASEAN and the United Nations (2026-2030)", plan.Title);
        Assert.Equal(PartialDate.Years(2026, 2030), plan.Period);
        Assert.Equal(InstrumentStatus.Planned, Layered.StatusAsOf(PlanOfAction2026, PartialDate.Day(2024, 10, 11)).Status);
        Assert.NotEqual(Certainty.Known, Layered.StatusAsOf(PlanOfAction2026, PartialDate.Day(2025, 11, 1)).Certainty);
        Assert.DoesNotContain(plan.Statements, s => s.Property == "status" && s.Value == "adopted");
    }

    [Fact]
    public void The_action_lines_addressed_continue_from_80_to_over_90_per_cent()
    {
        var figure = Layered.Get<Figure>("plan-of-action-action-lines-addressed-2019");
        var answer = Layered.ValueAsOf(figure.Id, "value", PartialDate.Day(2019, 11, 4));

        Assert.Equal((90m, FigurePrecision.MoreThan), (figure.Value, figure.Precision));
        Assert.Equal("plan-of-action-action-lines-addressed-2017", figure.ContinuesId);
        Assert.Equal(Certainty.Known, answer.Certainty);
        Assert.Equal(Certainty.Unknown, Layered.ValueAsOf(figure.Id, "value", PartialDate.Day(2019, 11, 2)).Certainty);
        Assert.Contains(figure.Statements, s => s.Property == "value" && s.Value == "90" && s.Evidence.Single().Quote!.Contains("over 90 per cent", StringComparison.Ordinal));
        Assert.Equal(80m, Layered.Get<Figure>(figure.ContinuesId!).Value);
        Assert.Equal((97m, 103m), (Layered.Get<Figure>("plan-of-action-action-lines-completed-2020").Value, Layered.Get<Figure>("plan-of-action-action-lines-total").Value));
    }

    [Fact]
    public void Every_summit_from_the_9th_to_the_15th_is_dated_and_placed_as_its_documents_say()
    {
        var summits = Layered.Events.Where(e => e.Kind == EventKind.Summit && e.Ordinal >= 9).OrderBy(e => e.Ordinal)
            .Select(e => (e.Ordinal!.Value, e.Date.ToString(), e.PlaceId, e.Planned)).ToList();

        Assert.Equal(
        [
            (9, "2017-11-13", "manila", false),
            (10, "2019-11-03", "bangkok", false),
            (11, "2020-11-15", null, false),
            (12, "2022-11-11", "phnom-penh", false),
            (13, "2023-09-07", "jakarta-convention-center", false),
            (14, "2024-10-11", "vientiane", false),
            (15, "2025-10-27", "kuala-lumpur", false),
        ], summits);
    }

    [Fact]
    public void The_11th_Summit_is_announced_for_November_then_held_on_the_15th()
    {
        var summit = Layered.Get<Event>("summit-11");
        var dates = summit.Statements.Where(s => s.Property == "date").ToList();

        Assert.Equal((PartialDate.Day(2020, 11, 15), false), (summit.Date, summit.Planned));
        // The announcement stays beside the report of the summit held, each with its own document.
        Assert.Contains(dates, s => s.Value == "2020-11" && s.Rank == StatementRank.Normal
            && s.Evidence.Any(e => e.Citation.DocumentId == "vgp-asean-un-commits-to-advocating-rules-based-order"));
        Assert.Contains(dates, s => s.Value == "2020-11-15" && s.Rank == StatementRank.Preferred);
        Assert.Contains(summit.Statements, s => s.Property == "planned" && s.Value == "true");
    }

    [Fact]
    public void The_two_datings_of_the_Secretariat_to_Secretariat_mechanism_both_stay()
    {
        var mechanism = Layered.Get<Activity>("s2s-mechanism");
        var periods = mechanism.Statements.Where(s => s.Property == "period").ToList();

        Assert.Equal(PartialDate.Parse("2011-03/.."), mechanism.Period);
        // The 2018 release's "institutionalisation ... in 2017" stays beside the report's start in March 2011, unranked.
        Assert.Contains(periods, s => s.Value == "2017/.." && s.Rank == StatementRank.Normal
            && s.Evidence.Any(e => e.Citation.DocumentId == "un-press-release-sg-2250"));
        Assert.Contains(periods, s => s.Value == "2011-03/.."
            && s.Evidence.Any(e => e.Quote?.Contains("established in March 2011", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void The_environment_action_plan_is_adopted_on_13_September_2017()
    {
        var answer = Layered.StatusAsOf("asean-un-action-plan-environment-climate-change-2016-2020", PartialDate.Day(2017, 9, 13));

        Assert.Equal((Certainty.Known, InstrumentStatus.Adopted), (answer.Certainty, answer.Status));
        Assert.Equal(Certainty.Unknown, Layered.StatusAsOf("asean-un-action-plan-environment-climate-change-2016-2020", PartialDate.Day(2017, 9, 12)).Certainty);
    }
}
