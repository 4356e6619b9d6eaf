using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using System.Collections.Generic;

namespace AseanUn;

// The timeline: dated records in date order.
public sealed partial class PartnershipDataset
{
    /// <summary>Gets every dated record in date order; ties keep a stable order by id (see <see cref="TimelineEntry.CompareTo"/>).</summary>
    /// <remarks>
    /// A record's place on the timeline is an event's date, an instrument's date (else its period), an activity's period
    /// or a figure's as-of date (<see cref="TimelineEntry.DateOf"/>). Dates order by span: start day, then end day, so a
    /// day comes before the month that begins with it and "2015" comes after "2015-01-01" but before "2015-02".
    /// Records on the same span are ordered by id (ordinal), so the order never depends on how the data was loaded.
    /// </remarks>
    public EquatableArray<TimelineEntry> Timeline => Index.Timeline.Entries;

    /// <summary>Returns the timeline entries whose date shares at least one day with <paramref name="interval"/>, in timeline order.</summary>
    /// <remarks>Overlap as in <see cref="PartialDate.Overlaps(PartialDate)"/>. Allocates the result; visits only entries that can overlap.</remarks>
    /// <param name="interval">The interval, e.g. <c>PartialDate.Years(2014, 2016)</c>.</param>
    public EquatableArray<TimelineEntry> TimelineDuring(PartialDate interval) => Index.Timeline.Overlapping(interval.Start, interval.End);

    /// <summary>Returns the timeline as the evidence knew it on <paramref name="date"/>: the entries known to have begun by then, in timeline order.</summary>
    /// <remarks>
    /// The rules of <see cref="StatusAnswer"/>: an entry counts once the first point of its date has ended by the day
    /// asked (a date that is not a day is asked about its last day), so a meeting dated to a month is not yet known on
    /// a day inside that month, a plan expected later does not count, and a period counts once it has begun; an
    /// instrument whose status is not known, uncertain or last known by then (nothing states it yet) does not count.
    /// Allocates the result.
    /// </remarks>
    /// <param name="date">The date to look back from.</param>
    /// <exception cref="System.ArgumentException"><paramref name="date"/> has an open or unknown end.</exception>
    public EquatableArray<TimelineEntry> TimelineAsOf(PartialDate date)
    {
        var day = AsOfDay.Of(date, nameof(date));
        // Days compared packed, as dates keep them: a LocalDate per entry would be made only to be compared.
        var dayNumber = DayNumber.Packed(day);
        var known = new List<TimelineEntry>();
        foreach (var entry in Timeline)
        {
            if (entry.Date.StartDay > dayNumber)
            {
                break;
            }

            if (BegunBy(entry.Date, dayNumber)
                && (entry.Record is not Instrument instrument
                    || (Index.TryGetStatusSteps(instrument.Id, out var steps) && steps.Answer(date, day, dayNumber) is { Certainty: not Certainty.Unknown } or { LastKnown: not null })))
            {
                known.Add(entry);
            }
        }

        return EquatableArray.From(known);
    }

    /// <summary>Returns what the evidence says the status of the instrument <paramref name="instrumentId"/> was on <paramref name="date"/>.</summary>
    /// <remarks>
    /// The rules of <see cref="StatusAnswer"/>, with the instrument's undated status dated by the as-of date of the
    /// earliest document citing it. Allocates nothing: the answer refers to status steps the dataset builds once.
    /// </remarks>
    /// <param name="instrumentId">The instrument's id, e.g. <c>asean-un-plan-of-action-2016-2020</c>.</param>
    /// <param name="date">The date to ask about; a date that is not a day is asked about its last day.</param>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No instrument has the id.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="date"/> has an open or unknown end.</exception>
    public StatusAnswer StatusAsOf(string instrumentId, PartialDate date)
    {
        var day = AsOfDay.Of(date, nameof(date));
        if (!Index.TryGetStatusSteps(instrumentId, out var steps))
        {
            throw new System.Collections.Generic.KeyNotFoundException($"No instrument has the id '{instrumentId}'.");
        }

        return steps.Answer(date, day);
    }

    /// <summary>Returns what the evidence says the status of every instrument was on <paramref name="date"/>, in the order of <see cref="Instruments"/>.</summary>
    /// <remarks>
    /// Each answer is <see cref="StatusAsOf"/>'s for that instrument; asking for all of them at once derives the day
    /// once and looks nothing up by id. Allocates nothing once the dataset's status steps are built.
    /// </remarks>
    /// <param name="date">The date to ask about; a date that is not a day is asked about its last day.</param>
    /// <exception cref="System.ArgumentException"><paramref name="date"/> has an open or unknown end.</exception>
    public StatusAnswers StatusesAsOf(PartialDate date) =>
        new(Instruments, Index.StatusSteps, date, AsOfDay.Of(date, nameof(date)));

    /// <summary>
    /// Returns what the evidence says the value of <paramref name="property"/> of the record <paramref name="id"/> was
    /// on <paramref name="date"/>: known, uncertain or unknown, by the rules of <see cref="StatusAnswer"/>.
    /// </summary>
    /// <remarks>
    /// An instrument's <c>status</c> gets <see cref="StatusAsOf"/>'s answer in this form. Any other value is answered
    /// from the record's dated statements about it; without any, the record's own value counts from the as-of date of
    /// the earliest document citing the record, and nothing is known before that. A value a later source retracted is
    /// unknown from the date of that source on. A figure's value answers with the figure's <see cref="ValueAnswer.Precision"/>:
    /// "more than 90" is a lower bound (<see cref="ValueAnswer.IsLowerBound"/>), not 90.
    /// </remarks>
    /// <param name="id">The record's id, e.g. <c>summit-4</c>.</param>
    /// <param name="property">The property, by its JSON or C# name, e.g. <c>placeId</c>.</param>
    /// <param name="date">The date to ask about; a date that is not a day is asked about its last day.</param>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No record has the id.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="property"/> is not a value of the record, or <paramref name="date"/> has an open or unknown end.</exception>
    public ValueAnswer ValueAsOf(string id, string property, PartialDate date)
    {
        var day = AsOfDay.Of(date, nameof(date));
        var record = GetRecord(id);
        if (Json.StatementValues.PropertyProblem(record.GetType(), StatementProperty.JsonName(property)) is { } problem)
        {
            throw new System.ArgumentException(problem, nameof(property));
        }

        var answer = record is Instrument && StatementProperty.JsonName(property) == StatementProperty.Status
            ? ValueDating.FromStatus(StatusAsOf(id, date))
            : ValueDating.Answer(
                record, property, date, day, StatusDating.UndatedTime(record, found => TryGetRecord(found, out var document) ? document : null),
                RetractedOn(id, StatementProperty.JsonName(property)));
        return record is Figure figure && StatementProperty.JsonName(property) == "value" && answer.Certainty == Certainty.Known
            ? answer with { Precision = figure.Precision }
            : answer;
    }

    // A date has begun by a day once its first point has ended: a single date's whole span, an interval's start.
    private static bool BegunBy(PartialDate date, int dayNumber) =>
        (date.IsInterval && !date.HasOpenStart ? date.StartPoint.LastDay : date.EndDay) <= dayNumber;
}
