using System.Linq;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Model;

/// <summary>The validator's statement rules, one each, on a dataset built in code; import and merge run the same validator.</summary>
public sealed class StatementRuleTests
{
    private const string Document = "report";

    private static Citation At(int paragraph) => new(Document, paragraph);

    private static Statement Stated(string property, string? value, PartialDate? time = null, StatementRank rank = StatementRank.Normal, params int[] paragraphs) => new()
    {
        Property = property, Value = value, Time = time, Rank = rank, Evidence = EquatableArray.From(paragraphs.Select(p => new Evidence(At(p)))),
    };

    private static DatasetResult Create(params Statement[] statements) => PartnershipDataset.TryCreate("rules", PartialDate.Month(2017, 3),
    [
        new SourceDocument { Id = Document, Title = "Report", Publisher = "Publisher", AsOf = PartialDate.Month(2017, 3), ParagraphCount = 40, Sources = [At(1)] },
        new Instrument
        {
            Id = "mou", Kind = InstrumentKind.MemorandumOfUnderstanding, Title = "MoU", Status = InstrumentStatus.Signed,
            Sources = [At(1), At(4), At(5)], Statements = [.. statements],
        },
    ]);

    private static DatasetProblem Refused(params Statement[] statements)
    {
        var result = Create(statements);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Well_formed_statements_are_accepted()
    {
        var result = Create(
            Stated("status", "signed", PartialDate.Day(2007, 9, 27), paragraphs: 4),
            Stated("title", "Memorandum", rank: StatementRank.Preferred, paragraphs: 4),
            Stated("date", "2007-09-27", paragraphs: 5) with { Evidence = [new Evidence(At(5), "signed on 27 September 2007")] },
            new Statement { Property = "partyIds", Evidence = default, Basis = StatementBasis.Inferred, Reason = "Its title names them." });

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void A_statement_without_evidence_is_refused()
    {
        var problem = Refused(Stated("title", "Memorandum"));

        Assert.Equal(DatasetProblemKind.MissingCitation, problem.Kind);
        Assert.EndsWith("statements[0].evidence", problem.Path);
    }

    [Fact]
    public void An_inference_without_a_reason_is_refused()
    {
        var problem = Refused(new Statement { Property = "title", Evidence = default, Basis = StatementBasis.Inferred, Reason = " " });

        Assert.Contains("gives no reason", problem.Message);
    }

    [Fact]
    public void A_quote_longer_than_200_characters_is_refused()
    {
        var problem = Refused(Stated("title", "Memorandum", paragraphs: 4) with { Evidence = [new Evidence(At(4), new string('q', 201))] });

        Assert.Contains("at most 200 characters", problem.Message);
        Assert.EndsWith("statements[0].evidence[0].quote", problem.Path);
    }

    [Fact]
    public void A_lasting_act_dated_differently_twice_without_a_rank_is_refused_and_a_rank_settles_it()
    {
        var problem = Refused(Stated("status", "signed", PartialDate.Day(2007, 9, 27), paragraphs: 4), Stated("status", "signed", PartialDate.Year(2008), paragraphs: 5));

        Assert.Contains("dated both", problem.Message);
        Assert.True(Create(
            Stated("status", "signed", PartialDate.Day(2007, 9, 27), paragraphs: 4),
            Stated("status", "signed", PartialDate.Year(2008), StatementRank.Deprecated, 5)).IsValid);
    }

    [Fact]
    public void Two_preferred_statements_about_one_property_are_refused_but_one_per_property_is_not()
    {
        var problem = Refused(Stated("title", "A", rank: StatementRank.Preferred, paragraphs: 4), Stated("title", "B", rank: StatementRank.Preferred, paragraphs: 5));

        Assert.Contains("Only one statement about 'title' is preferred", problem.Message);
        Assert.True(Create(Stated("title", "A", rank: StatementRank.Preferred, paragraphs: 4), Stated("date", "2007", rank: StatementRank.Preferred, paragraphs: 5)).IsValid);
    }

    [Theory]
    [InlineData("status", "sealed")]
    [InlineData("date", "27 September 2007")]
    [InlineData("partyIds", "un")]
    [InlineData("titel", "Memorandum")]
    public void A_value_that_does_not_parse_as_the_property_s_type_is_refused(string property, string value)
    {
        var problem = Refused(Stated(property, value, paragraphs: 4));

        Assert.Equal(DatasetProblemKind.InvalidValue, problem.Kind);
    }

    [Fact]
    public void Evidence_outside_the_record_s_sources_is_refused()
    {
        var problem = Refused(Stated("title", "Memorandum", paragraphs: 9));

        Assert.Contains("not among the record's sources", problem.Message);
    }

    [Fact]
    public void Inferred_and_is_inferred_accept_a_csharp_or_a_json_name()
    {
        var instrument = (Instrument)Create().Dataset!.Records.Last() with { Inferences = [new(nameof(Instrument.PartyIds), "Its title names them.")] };

        Assert.Equal("partyIds", Assert.Single(instrument.Statements).Property);
        Assert.True(instrument.IsInferred("PartyIds"));
        Assert.Equal("Its title names them.", instrument.ReasonInferred("partyIds"));
        Assert.False(instrument.IsInferred("Title"));
    }
}
