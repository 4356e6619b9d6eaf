using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Queries;

/// <summary>As-of answers for values other than a status: the same rules, on a record's dated statements about any property.</summary>
public sealed class ValueAnswerRuleTests
{
    private const string Report = "report";
    private const string Release = "release";

    private static readonly PartnershipDataset Data = new("values", PartialDate.Day(2019, 11, 3),
    [
        new SourceDocument { Id = Report, Title = "Report", Publisher = "Publisher", AsOf = PartialDate.Month(2017, 3), ParagraphCount = 40, Sources = [new Citation(Report, 1)] },
        new SourceDocument { Id = Release, Title = "Release", Publisher = "Publisher", AsOf = PartialDate.Day(2019, 11, 3), ParagraphCount = 0, Sources = [new Citation(Release)] },
        new Figure
        {
            Id = "lines-addressed", Title = "Action lines addressed", Value = 90, Unit = "per cent", Precision = FigurePrecision.AtLeast, AsOf = PartialDate.Day(2019, 11, 3),
            Statements =
            [
                new Statement { Property = "value", Value = "80", Time = PartialDate.Day(2017, 11, 13), Evidence = [new Evidence(new Citation(Report, 2))] },
                new Statement { Property = "value", Value = "90", Time = PartialDate.Month(2019, 11), Evidence = [new Evidence(new Citation(Release), "over 90 per cent")] },
            ],
            Sources = [new Citation(Report, 2), new Citation(Release)],
        },
        new Place { Id = "manila", Name = "Manila", City = "Manila", Country = "Philippines", CountryCode = "PH", Sources = [new Citation(Report, 3)] },
    ]);

    [Fact]
    public void A_dated_value_is_known_from_its_time_until_a_later_one()
    {
        var answer = Data.ValueAsOf("lines-addressed", "value", PartialDate.Year(2018));

        Assert.Equal((Certainty.Known, "80", PartialDate.Day(2017, 11, 13)), (answer.Certainty, answer.Value, answer.Since));
        Assert.Equal("90", Data.ValueAsOf("lines-addressed", "Value", PartialDate.Year(2020)).Value);
    }

    [Fact]
    public void Nothing_is_known_before_the_first_statement()
    {
        var answer = Data.ValueAsOf("lines-addressed", "value", PartialDate.Day(2017, 11, 12));

        Assert.Equal((Certainty.Unknown, null, null), (answer.Certainty, answer.Value, answer.LastKnown));
    }

    [Fact]
    public void A_value_dated_to_a_month_asked_about_a_day_inside_it_is_uncertain_between_the_old_and_the_new()
    {
        var answer = Data.ValueAsOf("lines-addressed", "value", PartialDate.Day(2019, 11, 2));

        Assert.Equal(Certainty.Uncertain, answer.Certainty);
        Assert.Null(answer.Value);
        Assert.Equal(["80", "90"], answer.Candidates.Select(c => c.Value));
        Assert.Equal("over 90 per cent", answer.Candidates[1].Evidence[0].Quote);
    }

    [Fact]
    public void An_undated_value_counts_from_the_as_of_date_of_the_earliest_document_citing_the_record()
    {
        var before = Data.ValueAsOf("manila", "countryCode", PartialDate.Year(2016));
        var after = Data.ValueAsOf("manila", "countryCode", PartialDate.Month(2017, 3));

        Assert.Equal(Certainty.Unknown, before.Certainty);
        Assert.Equal((Certainty.Known, null, PartialDate.Month(2017, 3)), (after.Certainty, after.Value, after.Since));
        Assert.Equal([new Evidence(new Citation(Report, 3))], after.Statement!.Evidence);
    }

    [Fact]
    public void An_instrument_s_status_gets_the_status_answer_in_the_general_form()
    {
        var dataset = Partnership.Current;
        foreach (var date in new[] { PartialDate.Day(2000, 1, 1), PartialDate.Day(2015, 11, 15), PartialDate.Year(2017) })
        {
            foreach (var instrument in dataset.Instruments)
            {
                var status = dataset.StatusAsOf(instrument.Id, date);
                var value = dataset.ValueAsOf(instrument.Id, "status", date);

                Assert.Equal(status.Certainty, value.Certainty);
                Assert.Equal(status.Statement, value.Statement);
                Assert.Equal(status.LastKnown?.Statement, value.LastKnown);
                Assert.Equal(status.Candidates.Count, value.Candidates.Count);
            }
        }
    }

    [Fact]
    public void A_property_the_record_does_not_have_and_an_unknown_record_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Data.ValueAsOf("manila", "title", PartialDate.Year(2018)));
        Assert.Throws<KeyNotFoundException>(() => Data.ValueAsOf("nowhere", "name", PartialDate.Year(2018)));
        Assert.Throws<ArgumentException>(() => Data.ValueAsOf("manila", "name", PartialDate.Since(PartialDate.Year(2018))));
    }
}
