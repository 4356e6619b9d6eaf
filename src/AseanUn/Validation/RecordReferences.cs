using System;
using System.Collections.Generic;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>
/// Every reference property of the model, precomputed so that validation, indexing and the JSON layer need no
/// reflection (the library is trim- and AOT-compatible).
/// </summary>
internal static class RecordReferences
{
    private static readonly Type[] Parties = [typeof(Organisation), typeof(MemberState), typeof(StateGrouping)];

    /// <summary>Gets the reference properties of <see cref="Role"/>, which <see cref="Person.Roles"/> holds.</summary>
    public static readonly ReferenceProperty[] RoleProperties =
    [
        ReferenceProperty.Single<Role>(nameof(Role.OrganisationId), r => r.OrganisationId, typeof(Organisation)),
        ReferenceProperty.Single<Role>(nameof(Role.MemberStateId), r => r.MemberStateId, typeof(MemberState)),
    ];

    /// <summary>Gets the reference properties of each record type, by group index (see <see cref="RecordGroups"/>).</summary>
    public static readonly ReferenceProperty[][] ByGroup =
    [
        [], // SourceDocument
        [], // Pillar
        [ReferenceProperty.Single<Area>(nameof(Area.PillarCode), a => a.PillarCode, typeof(Pillar))],
        [
            ReferenceProperty.Single<ActionLine>(nameof(ActionLine.AreaCode), l => l.AreaCode, typeof(Area)),
            ReferenceProperty.Single<ActionLine>(nameof(ActionLine.SupersededBy), l => l.SupersededBy, typeof(ActionLine)),
        ],
        [], // MemberState
        [ReferenceProperty.List<StateGrouping>(nameof(StateGrouping.MemberIds), g => g.MemberIds, typeof(MemberState))],
        [], // Place
        [ReferenceProperty.Single<Organisation>(nameof(Organisation.ParentId), o => o.ParentId, typeof(Organisation))],
        [], // Person: its roles, see RoleProperties
        [
            ReferenceProperty.List<Instrument>(nameof(Instrument.PartyIds), i => i.PartyIds, Parties),
            ReferenceProperty.List<Instrument>(nameof(Instrument.ActionLineCodes), i => i.ActionLineCodes, typeof(ActionLine)),
            ReferenceProperty.Single<Instrument>(nameof(Instrument.ImplementsId), i => i.ImplementsId, typeof(Instrument)),
        ],
        [
            ReferenceProperty.Single<Event>(nameof(Event.PlaceId), e => e.PlaceId, typeof(Place)),
            ReferenceProperty.Single<Event>(nameof(Event.HostStateId), e => e.HostStateId, typeof(MemberState)),
            ReferenceProperty.List<Event>(nameof(Event.ParticipantIds), e => e.ParticipantIds, [.. Parties, typeof(Person)]),
            ReferenceProperty.List<Event>(nameof(Event.OutcomeIds), e => e.OutcomeIds, typeof(Instrument)),
            ReferenceProperty.List<Event>(nameof(Event.ActionLineCodes), e => e.ActionLineCodes, typeof(ActionLine)),
            ReferenceProperty.Single<Event>(nameof(Event.SidelinesOfId), e => e.SidelinesOfId, typeof(Event)),
        ],
        [
            ReferenceProperty.List<Activity>(nameof(Activity.SupporterIds), a => a.SupporterIds, typeof(Organisation)),
            ReferenceProperty.List<Activity>(nameof(Activity.PartnerIds), a => a.PartnerIds, Parties),
            ReferenceProperty.List<Activity>(nameof(Activity.InstrumentIds), a => a.InstrumentIds, typeof(Instrument)),
            ReferenceProperty.List<Activity>(nameof(Activity.ActionLineCodes), a => a.ActionLineCodes, typeof(ActionLine)),
        ],
        [
            ReferenceProperty.List<Figure>(nameof(Figure.SubjectIds), f => f.SubjectIds, Parties),
            ReferenceProperty.List<Figure>(nameof(Figure.ActionLineCodes), f => f.ActionLineCodes, typeof(ActionLine)),
        ],
    ];

    /// <summary>Calls <paramref name="visit"/> for every id <paramref name="record"/> refers to, with where it stands.</summary>
    public static void ForEach<TState>(PartnershipRecord record, TState state, Action<TState, string, ReferenceProperty, ProblemSite> visit)
    {
        var group = RecordGroups.IndexOf(record);
        foreach (var property in ByGroup[group])
        {
            Visit(record, property, null, -1, state, visit);
        }

        if (record is Person person)
        {
            for (var i = 0; i < person.Roles.Count; i++)
            {
                foreach (var property in RoleProperties)
                {
                    Visit(person.Roles[i], property, "roles", i, state, visit);
                }
            }
        }
    }

    /// <summary>Returns the ids <paramref name="record"/> refers to, each once, in the order they appear.</summary>
    public static List<string> TargetsOf(PartnershipRecord record)
    {
        var targets = new List<string>();
        ForEach(record, targets, static (list, id, _, _) =>
        {
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        });
        return targets;
    }

    private static void Visit<TState>(
        object owner, ReferenceProperty property, string? outer, int outerIndex, TState state, Action<TState, string, ReferenceProperty, ProblemSite> visit)
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
}
