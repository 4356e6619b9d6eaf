using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn;

/// <summary>
/// An immutable set of partnership records: the built-in dataset (<see cref="Partnership.Current"/>) or one loaded
/// from JSON. Records are grouped by type, each group in the order the records were given.
/// </summary>
public sealed class PartnershipDataset
{
    /// <summary>Creates a dataset from <paramref name="records"/>.</summary>
    /// <param name="edition">A name for this edition of the data, e.g. <c>2017.1</c>.</param>
    /// <param name="asOf">The date up to which the data reports.</param>
    /// <param name="records">The records, of any record type.</param>
    public PartnershipDataset(string edition, PartialDate asOf, IEnumerable<PartnershipRecord> records)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        ArgumentNullException.ThrowIfNull(records);
        Edition = edition;
        AsOf = asOf;

        var all = new List<PartnershipRecord>();
        var documents = new List<SourceDocument>();
        var pillars = new List<Pillar>();
        var areas = new List<Area>();
        var actionLines = new List<ActionLine>();
        var organisations = new List<Organisation>();
        var memberStates = new List<MemberState>();
        var groupings = new List<StateGrouping>();
        var people = new List<Person>();
        var places = new List<Place>();
        var instruments = new List<Instrument>();
        var events = new List<Event>();
        var activities = new List<Activity>();
        var figures = new List<Figure>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            all.Add(record);
            switch (record)
            {
                case SourceDocument r: documents.Add(r); break;
                case Pillar r: pillars.Add(r); break;
                case Area r: areas.Add(r); break;
                case ActionLine r: actionLines.Add(r); break;
                case Organisation r: organisations.Add(r); break;
                case MemberState r: memberStates.Add(r); break;
                case StateGrouping r: groupings.Add(r); break;
                case Person r: people.Add(r); break;
                case Place r: places.Add(r); break;
                case Instrument r: instruments.Add(r); break;
                case Event r: events.Add(r); break;
                case Activity r: activities.Add(r); break;
                case Figure r: figures.Add(r); break;
                default: throw new ArgumentException($"Unknown record type {record.GetType().Name} (id '{record.Id}').", nameof(records));
            }
        }

        Records = EquatableArray.TakeOwnership(all.ToArray());
        SourceDocuments = EquatableArray.TakeOwnership(documents.ToArray());
        Pillars = EquatableArray.TakeOwnership(pillars.ToArray());
        Areas = EquatableArray.TakeOwnership(areas.ToArray());
        ActionLines = EquatableArray.TakeOwnership(actionLines.ToArray());
        Organisations = EquatableArray.TakeOwnership(organisations.ToArray());
        MemberStates = EquatableArray.TakeOwnership(memberStates.ToArray());
        Groupings = EquatableArray.TakeOwnership(groupings.ToArray());
        People = EquatableArray.TakeOwnership(people.ToArray());
        Places = EquatableArray.TakeOwnership(places.ToArray());
        Instruments = EquatableArray.TakeOwnership(instruments.ToArray());
        Events = EquatableArray.TakeOwnership(events.ToArray());
        Activities = EquatableArray.TakeOwnership(activities.ToArray());
        Figures = EquatableArray.TakeOwnership(figures.ToArray());

        var timeline = new List<TimelineEntry>();
        foreach (var record in all)
        {
            if (TimelineEntry.DateOf(record) is { } date)
            {
                timeline.Add(new TimelineEntry(date, record));
            }
        }

        var entries = timeline.ToArray();
        Array.Sort(entries);
        Timeline = EquatableArray.TakeOwnership(entries);
    }

    /// <summary>Gets every dated record in date order; ties keep a stable order by id (see <see cref="TimelineEntry.CompareTo"/>).</summary>
    public EquatableArray<TimelineEntry> Timeline { get; }

    /// <summary>Gets the name of this edition of the data.</summary>
    public string Edition { get; }

    /// <summary>Gets the date up to which the data reports.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Gets every record, in the order given.</summary>
    public EquatableArray<PartnershipRecord> Records { get; }

    /// <summary>Gets the source documents the records cite.</summary>
    public EquatableArray<SourceDocument> SourceDocuments { get; }

    /// <summary>Gets the cooperation pillars.</summary>
    public EquatableArray<Pillar> Pillars { get; }

    /// <summary>Gets the areas of cooperation.</summary>
    public EquatableArray<Area> Areas { get; }

    /// <summary>Gets the action lines.</summary>
    public EquatableArray<ActionLine> ActionLines { get; }

    /// <summary>Gets the organisations of both sides and others.</summary>
    public EquatableArray<Organisation> Organisations { get; }

    /// <summary>Gets the ASEAN Member States.</summary>
    public EquatableArray<MemberState> MemberStates { get; }

    /// <summary>Gets the groupings of member states.</summary>
    public EquatableArray<StateGrouping> Groupings { get; }

    /// <summary>Gets the people.</summary>
    public EquatableArray<Person> People { get; }

    /// <summary>Gets the places.</summary>
    public EquatableArray<Place> Places { get; }

    /// <summary>Gets the instruments and documents.</summary>
    public EquatableArray<Instrument> Instruments { get; }

    /// <summary>Gets the meetings and other events.</summary>
    public EquatableArray<Event> Events { get; }

    /// <summary>Gets the cooperation activities.</summary>
    public EquatableArray<Activity> Activities { get; }

    /// <summary>Gets the figures.</summary>
    public EquatableArray<Figure> Figures { get; }
}
