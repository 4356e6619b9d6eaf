using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>
/// The registry of record types: every record type of the model, once, in dataset order, with its JSON group name,
/// id rule and reference properties (and the record types each may name). The dataset's groups, the validator, the
/// JSON reader and writer, the exports and the indexes all read this table, so adding a record type is one entry here.
/// </summary>
/// <remarks>
/// A dataset keeps its records grouped in this order, and the JSON document lists its groups in it too. The table is
/// written out (not reflected) so that the library stays trim- and AOT-safe; a test checks it against the model.
/// </remarks>
internal static class RecordTypes
{
    private static readonly Type[] Parties = [typeof(Organisation), typeof(MemberState), typeof(StateGrouping)];

    // What a meeting may deal with: any record but the code tree, whose codes go in actionLineCodes.
    private static readonly Type[] EventSubjects =
    [
        typeof(SourceDocument), typeof(MemberState), typeof(StateGrouping), typeof(Place), typeof(Organisation), typeof(Person),
        typeof(Instrument), typeof(Event), typeof(Activity), typeof(Figure),
    ];

    /// <summary>Gets every record type, in dataset order.</summary>
    public static readonly RecordType[] All =
    [
        new RecordType<SourceDocument>(
            "sourceDocuments",
            RecordIdRule.KebabCase,
            ReferenceProperty.Single<SourceDocument>(nameof(SourceDocument.PlaceOfIssueId), d => d.PlaceOfIssueId, "place of issue", typeof(Place))),
        new RecordType<Pillar>("pillars", RecordIdRule.PillarCode),
        new RecordType<Area>(
            "areas",
            RecordIdRule.AreaCode,
            ReferenceProperty.Single<Area>(nameof(Area.PillarCode), a => a.PillarCode, "pillar", typeof(Pillar))),
        new RecordType<ActionLine>(
            "actionLines",
            RecordIdRule.ActionLineCode,
            ReferenceProperty.Single<ActionLine>(nameof(ActionLine.AreaCode), l => l.AreaCode, "area", typeof(Area)),
            ReferenceProperty.Single<ActionLine>(nameof(ActionLine.SupersededBy), l => l.SupersededBy, "superseded by", typeof(ActionLine))),
        new RecordType<MemberState>("memberStates", RecordIdRule.KebabCase),
        new RecordType<StateGrouping>(
            "groupings",
            RecordIdRule.KebabCase,
            ReferenceProperty.List<StateGrouping>(nameof(StateGrouping.MemberIds), g => g.MemberIds, "member", typeof(MemberState))),
        new RecordType<Place>("places", RecordIdRule.KebabCase),
        new RecordType<Organisation>(
            "organisations",
            RecordIdRule.KebabCase,
            ReferenceProperty.Single<Organisation>(nameof(Organisation.ParentId), o => o.ParentId, "part of", typeof(Organisation))),
        new RecordType<Person>(
            "people",
            RecordIdRule.KebabCase,
            ReferenceProperty.Items<Person, Role>(
                nameof(Person.Roles),
                p => p.Roles,
                ReferenceProperty.Single<Role>(nameof(Role.OrganisationId), r => r.OrganisationId, "organisation", typeof(Organisation)),
                ReferenceProperty.Single<Role>(nameof(Role.MemberStateId), r => r.MemberStateId, "member state", typeof(MemberState)))),
        new RecordType<Instrument>(
            "instruments",
            RecordIdRule.KebabCase,
            ReferenceProperty.List<Instrument>(nameof(Instrument.PartyIds), i => i.PartyIds, "party", Parties),
            ReferenceProperty.List<Instrument>(nameof(Instrument.ActionLineCodes), i => i.ActionLineCodes, "action line", typeof(ActionLine)),
            ReferenceProperty.Single<Instrument>(nameof(Instrument.ImplementsId), i => i.ImplementsId, "implements", typeof(Instrument))),
        new RecordType<Event>(
            "events",
            RecordIdRule.KebabCase,
            ReferenceProperty.Single<Event>(nameof(Event.PlaceId), e => e.PlaceId, "place", typeof(Place)),
            ReferenceProperty.Single<Event>(nameof(Event.HostStateId), e => e.HostStateId, "host", typeof(MemberState)),
            ReferenceProperty.List<Event>(nameof(Event.ParticipantIds), e => e.ParticipantIds, "participant", [.. Parties, typeof(Person)]),
            ReferenceProperty.List<Event>(nameof(Event.OutcomeIds), e => e.OutcomeIds, "outcome", typeof(Instrument)),
            ReferenceProperty.List<Event>(nameof(Event.ActionLineCodes), e => e.ActionLineCodes, "action line", typeof(ActionLine)),
            ReferenceProperty.Single<Event>(nameof(Event.SidelinesOfId), e => e.SidelinesOfId, "held alongside", typeof(Event)),
            ReferenceProperty.List<Event>(nameof(Event.SubjectIds), e => e.SubjectIds, "subject", EventSubjects),
            ReferenceProperty.Single<Event>(nameof(Event.SeriesId), e => e.SeriesId, "one meeting of", typeof(Activity), typeof(Instrument))),
        new RecordType<Activity>(
            "activities",
            RecordIdRule.KebabCase,
            ReferenceProperty.List<Activity>(nameof(Activity.SupporterIds), a => a.SupporterIds, "supporter", typeof(Organisation)),
            ReferenceProperty.List<Activity>(nameof(Activity.PartnerIds), a => a.PartnerIds, "partner", Parties),
            ReferenceProperty.List<Activity>(nameof(Activity.InstrumentIds), a => a.InstrumentIds, "instrument", typeof(Instrument)),
            ReferenceProperty.List<Activity>(nameof(Activity.ActionLineCodes), a => a.ActionLineCodes, "action line", typeof(ActionLine))),
        new RecordType<Figure>(
            "figures",
            RecordIdRule.KebabCase,
            ReferenceProperty.List<Figure>(nameof(Figure.SubjectIds), f => f.SubjectIds, "subject", Parties),
            ReferenceProperty.List<Figure>(nameof(Figure.ActionLineCodes), f => f.ActionLineCodes, "action line", typeof(ActionLine)),
            ReferenceProperty.Single<Figure>(nameof(Figure.ContinuesId), f => f.ContinuesId, "continues", typeof(Figure))),
    ];

    private static readonly FrozenDictionary<Type, int> Indexes = Build();

    /// <summary>Gets the number of record types.</summary>
    public static int Count => All.Length;

    /// <summary>Returns the position in dataset order of <paramref name="type"/>, or -1 for a type the dataset does not know.</summary>
    public static int IndexOf(Type type) => Indexes.TryGetValue(type, out var index) ? index : -1;

    /// <summary>Returns the position in dataset order of <paramref name="record"/>'s type, or -1 for a type the dataset does not know.</summary>
    public static int IndexOf(PartnershipRecord record) => IndexOf(record.GetType());

    /// <summary>Returns the position of the group named <paramref name="groupName"/> in a JSON document, or -1.</summary>
    public static int IndexOfGroup(string groupName) => Array.FindIndex(All, t => t.GroupName == groupName);

    /// <summary>Returns the JSON path of the record at <paramref name="index"/> within group <paramref name="group"/>.</summary>
    public static string PathOf(int group, int index) => $"$.records.{All[group].GroupName}[{index}]";

    /// <summary>Calls <paramref name="visit"/> for every id <paramref name="record"/> refers to, with the property holding it and where it stands.</summary>
    public static void ForEachReference<TState>(PartnershipRecord record, TState state, Action<TState, string, ReferenceProperty, RecordSite> visit)
    {
        foreach (var property in All[IndexOf(record)].References)
        {
            if (property.HasItems)
            {
                var count = property.ItemCount(record);
                for (var i = 0; i < count; i++)
                {
                    var item = property.ItemAt(record, i);
                    foreach (var itemProperty in property.ItemProperties)
                    {
                        Visit(item, itemProperty, property.JsonName, i, state, visit);
                    }
                }
            }
            else
            {
                Visit(record, property, null, -1, state, visit);
            }
        }
    }

    /// <summary>Returns the word for what a record's reference property (by JSON name, or an item's property) names, e.g. <c>host</c>; the JSON name if it has none.</summary>
    public static string RelationOf(PartnershipRecord record, string jsonName)
    {
        foreach (var property in All[IndexOf(record)].References)
        {
            foreach (var candidate in property.HasItems ? property.ItemProperties : [property])
            {
                if (candidate.JsonName == jsonName)
                {
                    return candidate.Relation;
                }
            }
        }

        return jsonName;
    }

    /// <summary>Returns the ids <paramref name="record"/> refers to, each once, in the order they appear.</summary>
    public static List<string> TargetsOf(PartnershipRecord record)
    {
        var targets = new List<string>();
        ForEachReference(record, targets, static (list, id, _, _) =>
        {
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        });
        return targets;
    }

    private static void Visit<TState>(
        object owner, ReferenceProperty property, string? outer, int outerIndex, TState state, Action<TState, string, ReferenceProperty, RecordSite> visit)
    {
        if (property.IsList)
        {
            var ids = property.ReadList(owner);
            for (var i = 0; i < ids.Count; i++)
            {
                visit(state, ids[i], property, outer is null ? new(property.JsonName, i) : new(outer, outerIndex, $"{property.JsonName}[{i}]"));
            }
        }
        else if (property.ReadSingle(owner) is { } id)
        {
            visit(state, id, property, outer is null ? new(property.JsonName) : new(outer, outerIndex, property.JsonName));
        }
    }

    private static FrozenDictionary<Type, int> Build()
    {
        var indexes = new Dictionary<Type, int>();
        for (var i = 0; i < All.Length; i++)
        {
            indexes.Add(All[i].Type, i);
        }

        return indexes.ToFrozenDictionary();
    }
}
